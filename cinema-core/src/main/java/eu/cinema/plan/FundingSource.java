package eu.cinema.plan;

/** Where an action's money comes from. */
public enum FundingSource {
    MUNICIPAL_BUDGET,
    NATIONAL,
    EU_PROGRAMME,
    PRIVATE,
    OTHER
}
