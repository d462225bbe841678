package eu.cinema.plan;

/** How many comments of one plan's consultation wait for its editors (new or reported). */
public record WaitingComments(long planId, String title, long count) {
}
