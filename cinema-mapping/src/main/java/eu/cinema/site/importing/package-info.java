/**
 * Importing sites from brownfield-register CSV files and from GeoJSON: a preview with every problem
 * first, then an all-or-nothing import that updates sites by their reference.
 */
package eu.cinema.site.importing;
