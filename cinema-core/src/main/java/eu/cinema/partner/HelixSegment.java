package eu.cinema.partner;

/** The quadruple helix: the four kinds of actor in urban development the partnership brings together. */
public enum HelixSegment {
    PUBLIC_AUTHORITY,
    ACADEMIA,
    CIVIL_SOCIETY,
    BUSINESS
}
