package eu.cinema.project;

/** The outputs the project promised, each with a number in the project description. */
public enum TargetCode {
    MAPS,
    CROSS_SECTORAL_COLLABORATIONS,
    CI_SUPPORT_CENTRES,
    LOCAL_ACTION_PLANS
}
