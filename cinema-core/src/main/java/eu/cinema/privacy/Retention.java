package eu.cinema.privacy;

import java.time.Duration;

/**
 * One kind of personal data the portal keeps ({@code privacy.kind.*}) and how long: {@code keptFor} is null when the
 * data lives as long as the record it belongs to.
 */
public record Retention(String kind, Duration keptFor) {

    /** The period in whole days, as the privacy notice states most periods; null when there is none. */
    public Long days() {
        return keptFor == null ? null : keptFor.toDays();
    }

    /** The period in whole hours, for the short ones; null when there is none. */
    public Long hours() {
        return keptFor == null ? null : keptFor.toHours();
    }
}
