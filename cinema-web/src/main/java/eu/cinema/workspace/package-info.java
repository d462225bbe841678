/** The signed-in person's workspace: their account and what they keep up for their organisation. */
package eu.cinema.workspace;
