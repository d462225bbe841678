package eu.cinema.actor;

/** The creative-industry domains an actor works in. */
public enum CiDomain {
    ARCHITECTURE,
    DESIGN,
    FASHION,
    FILM_AND_VIDEO,
    MUSIC,
    PERFORMING_ARTS,
    VISUAL_ARTS,
    PUBLISHING,
    GAMES_AND_SOFTWARE,
    ADVERTISING,
    CRAFTS,
    CULTURAL_HERITAGE
}
