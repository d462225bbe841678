package eu.cinema.project;

/**
 * How far the portal's live content has come towards one target. A feature module that produces
 * what a target counts (pilots, action plans, map layers) contributes a bean of this type, so the
 * core never depends on those modules.
 */
public interface TargetAchievement {

    TargetCode code();

    long achieved();
}
