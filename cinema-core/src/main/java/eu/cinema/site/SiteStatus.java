package eu.cinema.site;

/** Where a site stands on its way back into use. */
public enum SiteStatus {
    VACANT,
    PARTLY_USED,
    IN_REVITALISATION,
    REVITALISED
}
