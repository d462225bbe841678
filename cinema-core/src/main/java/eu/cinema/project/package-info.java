/** The CINEMA project itself: its facts from the project description and its promised targets. */
package eu.cinema.project;
