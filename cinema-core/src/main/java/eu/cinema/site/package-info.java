/** Abandoned and under-used buildings and areas: proposals, moderation, and their owners' edits. */
package eu.cinema.site;
