package eu.cinema.pilot;

/** The urban-economy sectors a pilot brings creative industries together with. */
public enum UrbanSector {
    RETAIL,
    SMALL_BUSINESS,
    HOSPITALITY,
    TOURISM,
    SERVICES,
    OTHER
}
