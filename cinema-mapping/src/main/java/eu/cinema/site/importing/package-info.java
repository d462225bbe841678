/**
 * Importing sites from brownfield-register CSV files and from GeoJSON: a preview with every problem
 * first, then an all-or-nothing import that updates sites by their reference. Published to the other
 * features for a person's recent imports and their state (the start page after sign-in).
 */
@NamedInterface("importing")
package eu.cinema.site.importing;

import org.springframework.modulith.NamedInterface;
