/** The organisations of the partnership and of the wider network, with their role and helix segment. */
package eu.cinema.partner;
