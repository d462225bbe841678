package eu.cinema.plan;

import java.util.List;

/**
 * "You said, we did": what a consultation gathered and what the municipality made of it, shown with the version
 * published after it. Comments count the published ones; people count one per e-mail address, and one per anonymous
 * comment without an address; supporters count devices, not people.
 *
 * @param rows one per part of the plan that drew comments or supports, in the plan's order
 */
public record ConsultationReport(Consultation consultation, int consultedNumber, int publishedNumber, long comments,
        long commenters, long supports, long supporters, List<Row> rows, List<Answered> answers) {

    /** A part of the plan: the whole ({@code section} and {@code action} null), a section of the text, or an action. */
    public record Row(PlanSection section, PlanAction action, long comments, long supports) {
    }

    /** One answer and how many comments it replies to. */
    public record Answered(CommentAnswer answer, long comments) {
    }
}
