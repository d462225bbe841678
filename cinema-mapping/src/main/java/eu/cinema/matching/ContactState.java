package eu.cinema.matching;

/** Where a seeker's message stands: sent by e-mail, waiting in the outbox, or forwarded by an administrator. */
public enum ContactState {
    SENT,
    WAITING,
    FORWARDED
}
