package eu.cinema.search;

/** The kinds of content the search finds. */
public enum SearchType {
    SITE,
    ACTOR,
    PILOT,
    PLAN,
    RECOMMENDATION,
    TOOL,
    PARTNER
}
