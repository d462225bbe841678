package eu.cinema.site;

/** Whether the public sees a site: proposals wait for a moderator; only published sites are public. */
public enum Publication {
    PROPOSED,
    PUBLISHED,
    REJECTED,
    ARCHIVED
}
