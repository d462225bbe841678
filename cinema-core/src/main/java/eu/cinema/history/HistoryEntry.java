package eu.cinema.history;

import java.time.Instant;
import java.util.List;

/**
 * One change to one entity: who, when, and which fields took which values. {@code subject} names the
 * entity where a history covers several (for example the actions of a plan), and is null otherwise.
 */
public record HistoryEntry(Instant at, String actor, Kind kind, List<FieldChange> changes, String subject) {

    public enum Kind {
        CREATED,
        CHANGED,
        DELETED
    }

    /** A field's value before and after; {@code before} is null when the entity was created. */
    public record FieldChange(String field, String before, String after) {
    }
}
