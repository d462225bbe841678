package eu.cinema.translation;

/**
 * One text of a piece of content as its author wrote it: its name within the content ({@code title},
 * {@code steps.2}), the text (null where the author left it empty), the language it was written in, and the length
 * its translations may have (the original's own limit); {@code context} tells a translator what a text of a list is
 * about (a city's measures), or is null. A text whose language nobody recorded (an old import) is {@code und}, BCP 47's
 * undetermined.
 */
public record OriginalText(String field, String text, String lang, int maxLength, boolean multiline, String context) {

    public OriginalText {
        lang = lang == null || lang.isBlank() ? "und" : lang;
    }

    /** The field's name without its position: {@code steps} for {@code steps.2}. */
    public String kind() {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    /**
     * The position of a text in a list, counted from 1 ({@code 3} for {@code steps.2}); null for a text of its own or
     * one known by an id ({@code actionTitle.5f0c…}).
     */
    public Integer position() {
        int dot = field.indexOf('.');
        return dot < 0 || !field.substring(dot + 1).matches("\\d{1,6}") ? null : Integer.parseInt(field.substring(dot + 1)) + 1;
    }

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }

    public static OriginalText line(String field, String text, String lang, int maxLength) {
        return new OriginalText(field, text, lang, maxLength, false, null);
    }

    public static OriginalText paragraph(String field, String text, String lang, int maxLength) {
        return new OriginalText(field, text, lang, maxLength, true, null);
    }

    /** A paragraph of a list, about {@code context}. */
    public OriginalText about(String newContext) {
        return new OriginalText(field, text, lang, maxLength, multiline, newContext);
    }
}
