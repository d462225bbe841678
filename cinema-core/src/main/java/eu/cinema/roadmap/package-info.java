/** The project's three roadmaps, one per focus theme, each the text behind one thematic map. */
package eu.cinema.roadmap;
