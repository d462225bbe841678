package eu.cinema.pilot;

/** What a pilot is; the first two count towards the project's targets. */
public enum PilotKind {
    CROSS_SECTORAL_COLLABORATION,
    CI_SUPPORT_CENTRE,
    OTHER_PILOT_ACTION
}
