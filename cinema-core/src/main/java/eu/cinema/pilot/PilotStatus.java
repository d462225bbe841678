package eu.cinema.pilot;

import java.util.Set;

/** A pilot's status, and the changes that make sense: a completed pilot is not planned again. */
public enum PilotStatus {
    PLANNED,
    RUNNING,
    COMPLETED,
    CANCELLED;

    public Set<PilotStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(RUNNING, CANCELLED);
            case RUNNING -> Set.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> Set.of();
        };
    }

    public boolean mayBecome(PilotStatus target) {
        return this == target || next().contains(target);
    }

    /** How a pilot is first logged: planned or running; completed and cancelled come later, through those. */
    public boolean isInitial() {
        return this == PLANNED || this == RUNNING;
    }

    /** Started pilots count towards the project's targets. */
    public boolean isStarted() {
        return this == RUNNING || this == COMPLETED;
    }
}
