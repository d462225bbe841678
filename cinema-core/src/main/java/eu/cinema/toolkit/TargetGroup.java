package eu.cinema.toolkit;

/** Who a tool is made for. */
public enum TargetGroup {
    BSO,
    MUNICIPALITY,
    START_UP,
    CI_BUSINESS,
    PROPERTY_OWNER
}
