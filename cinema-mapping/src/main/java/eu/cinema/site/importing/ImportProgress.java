package eu.cinema.site.importing;

/**
 * How far an import has come. {@code state} is RUNNING, DONE or FAILED; a failed import saved nothing.
 */
public record ImportProgress(String id, String state, int processed, int total, int created, int updated) {

    /** From the job's counters; a failed import saved nothing, so it created and updated nothing. */
    static ImportProgress of(String id, String state, int processed, int total, int created) {
        boolean failed = "FAILED".equals(state);
        return new ImportProgress(id, state, processed, total, failed ? 0 : created, failed ? 0 : processed - created);
    }

    public int percent() {
        return total == 0 ? 100 : processed * 100 / total;
    }

    public boolean finished() {
        return !"RUNNING".equals(state);
    }
}
