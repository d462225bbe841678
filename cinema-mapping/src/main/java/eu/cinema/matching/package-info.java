/**
 * Space matching: a start-up, creative business or business support organisation describes the
 * space it needs; published, available sites are ranked by a transparent score, and the seeker
 * writes to the site's organisation through the portal.
 */
package eu.cinema.matching;
