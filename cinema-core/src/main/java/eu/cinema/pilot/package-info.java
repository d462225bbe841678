/** Pilot collaborations and CI support centres: who runs them, where, when, and their status. */
package eu.cinema.pilot;
