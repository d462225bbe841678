package eu.cinema.pilot.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A pilot's progress as its pages show it.
 *
 * @param percent    from the milestones' weights; none for a planned pilot or one without milestones
 * @param overdue    milestones past their due date and neither reached nor closed, while the pilot is underway
 * @param nextDue    the earliest open milestone still to come
 * @param updates    newest first; the public sees only the published ones
 * @param today      the day it was worked out on, for the days overdue
 */
public record PilotProgress(OptionalInt percent, List<Milestone> milestones, List<Milestone> overdue, Optional<Milestone> nextDue,
        List<IndicatorSeries> indicators, List<ProgressUpdate> updates, LocalDate today) {
}
