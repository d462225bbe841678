package eu.cinema.plan;

/** Where a plan version stands: being written, the one the public reads, or replaced by a newer one. */
public enum PlanState {
    DRAFT,
    PUBLISHED,
    SUPERSEDED
}
