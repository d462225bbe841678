package eu.cinema.history;

import java.time.Instant;
import java.util.List;

/**
 * One change to one entity: who, when, and which fields took which values. {@code type} is the entity's class
 * name, for the labels of its fields; {@code subject} names the entity where a history covers several (for example
 * the actions of a plan), and is null otherwise.
 */
public record HistoryEntry(Instant at, String actor, Kind kind, String type, List<FieldChange> changes, String subject) {

    public enum Kind {
        CREATED,
        CHANGED,
        DELETED
    }

    /**
     * A field's value before and after, as the entity holds it (text, number, date, enum constant, geometry), or a
     * {@link Reference} for another entity; {@code before} is null when the entity was created.
     */
    public record FieldChange(String field, Object before, Object after) {

        /**
         * A text changed that is long enough for a reader to need the changed words marked rather than both versions
         * in full; a text written where there was none (or removed) reads best whole.
         */
        public boolean isLongText() {
            return before instanceof String && after instanceof String && (isLong(before) || isLong(after));
        }

        public List<TextDifference.Segment> words() {
            return TextDifference.between((String) before, (String) after);
        }

        private static boolean isLong(Object text) {
            return text != null && (((String) text).length() > 80 || ((String) text).contains("\n"));
        }
    }

    /**
     * Another entity by its type, id and name (null when it no longer exists): an audited entity's name as it was
     * at that revision, any other's as it is today.
     */
    public record Reference(String type, Object id, String name) {
    }
}
