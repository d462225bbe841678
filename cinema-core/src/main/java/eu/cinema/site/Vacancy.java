package eu.cinema.site;

/** How much of a site stands empty. */
public enum Vacancy {
    FULLY,
    PARTLY
}
