/**
 * The network directory: the partners and further stakeholders of the project by quadruple-helix
 * segment, with only what is marked public.
 */
package eu.cinema.network;
