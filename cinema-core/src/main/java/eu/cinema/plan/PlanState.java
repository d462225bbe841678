package eu.cinema.plan;

/**
 * Where a plan version stands: being written, frozen for a public consultation (public from the day it opens), the one
 * the public reads, or replaced by a newer one.
 */
public enum PlanState {
    DRAFT,
    CONSULTATION,
    PUBLISHED,
    SUPERSEDED
}
