package eu.cinema.plan;

/** Where a comment stands: waiting for the editors, public, or refused with a reason. */
public enum CommentState {
    PENDING,
    PUBLISHED,
    REJECTED
}
