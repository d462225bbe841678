package eu.cinema.site.importing;

/** The file formats sites are imported from. */
public enum ImportFormat {
    BROWNFIELD_CSV,
    GEOJSON
}
