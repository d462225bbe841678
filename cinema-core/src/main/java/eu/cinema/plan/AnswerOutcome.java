package eu.cinema.plan;

/** What the municipality did with what people said. */
public enum AnswerOutcome {
    ACCEPTED,
    PARTLY,
    NOT_TAKEN_UP
}
