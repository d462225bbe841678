/** Creative-industry actors: businesses, hubs and co-working spaces, support centres, education and research. */
package eu.cinema.actor;
