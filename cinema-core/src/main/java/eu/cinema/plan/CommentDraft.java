package eu.cinema.plan;

/**
 * A comment as a visitor wrote it: what about ({@code about}: empty for the whole plan, {@code section-CONTEXT} or
 * {@code action-12}), an optional name (none: anonymous) and address (to hear of the answer), the text and its language.
 */
public record CommentDraft(String about, String authorName, String email, String text, String lang) {
}
