package eu.cinema.workspace.web;

import java.util.List;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.progress.Milestone;
import eu.cinema.pilot.progress.PilotProgress;

/** One pilot on the start page: its progress, and its milestones that are overdue or due soon. */
public record PilotWork(Pilot pilot, PilotProgress progress, List<Milestone> dueSoon) {

    boolean needsAttention() {
        return !progress.overdue().isEmpty() || !dueSoon.isEmpty();
    }
}
