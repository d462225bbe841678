package eu.cinema.project;

/** One target next to what the portal holds for it today. */
public record TargetProgress(TargetCode code, int target, long achieved) {

    public int percent() {
        return (int) Math.min(100, achieved * 100 / target);
    }
}
