package eu.cinema.plan;

/** How far an action of a plan has come. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED
}
