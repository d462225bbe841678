package eu.cinema.site;

/** What a site is. */
public enum SiteKind {
    INDUSTRIAL_BUILDING,
    COMMERCIAL_UNIT,
    CENTRE_GROUND_FLOOR,
    PUBLIC_BUILDING,
    RESIDENTIAL,
    BROWNFIELD_LAND,
    OTHER
}
