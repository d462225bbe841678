package eu.cinema.actor;

/** What kind of creative-industry actor an entry is. */
public enum ActorKind {
    CI_BUSINESS,
    HUB_OR_COWORKING,
    CI_SUPPORT_CENTRE,
    EDUCATION_OR_RESEARCH
}
