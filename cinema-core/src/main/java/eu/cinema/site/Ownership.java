package eu.cinema.site;

/** Who owns a site. */
public enum Ownership {
    PUBLIC,
    PRIVATE,
    MIXED,
    UNKNOWN
}
