package eu.cinema.project;

import java.time.LocalDate;
import java.util.List;

/**
 * How far the portal's live content has come towards one target. A feature module that produces
 * what a target counts (pilots, action plans, map layers) contributes a bean of this type, so the
 * core never depends on those modules.
 */
public interface TargetAchievement {

    TargetCode code();

    long achieved();

    /** The day each achievement counted happened, for how the target moved per quarter; a target without dates has none. */
    default List<LocalDate> achievedOn() {
        return List.of();
    }
}
