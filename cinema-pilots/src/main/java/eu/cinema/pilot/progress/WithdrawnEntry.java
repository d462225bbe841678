package eu.cinema.pilot.progress;

import java.time.Instant;

/**
 * An entry of a pilot's progress that was withdrawn: what it was ({@code kind}: update, milestone, indicator or value,
 * and what it said), and who withdrew it, when and why.
 */
public record WithdrawnEntry(String kind, String subject, Instant at, String by, String reason) {
}
