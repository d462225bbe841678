package eu.cinema.site;

/** The physical state of a site. */
public enum SiteCondition {
    GOOD,
    FAIR,
    POOR,
    DERELICT
}
