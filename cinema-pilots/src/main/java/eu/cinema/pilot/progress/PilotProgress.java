package eu.cinema.pilot.progress;

import java.util.List;
import java.util.Optional;

/**
 * A pilot's progress as its pages show it.
 *
 * @param percent    from the milestones' weights, or the editor's figure for a pilot without milestones
 * @param overdue    milestones past their due date and not done
 * @param nextDue    the earliest milestone still to come
 * @param updates    newest first; the public sees only the published ones
 */
public record PilotProgress(int percent, List<Milestone> milestones, List<Milestone> overdue, Optional<Milestone> nextDue,
        List<IndicatorSeries> indicators, List<ProgressUpdate> updates) {
}
