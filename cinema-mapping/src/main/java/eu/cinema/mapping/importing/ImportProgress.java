package eu.cinema.mapping.importing;

/**
 * How far an import has come. {@code state} is RUNNING, DONE or FAILED; a failed import saved nothing.
 */
public record ImportProgress(String id, String state, int processed, int total, int created, int updated) {

    public int percent() {
        return total == 0 ? 100 : processed * 100 / total;
    }

    public boolean finished() {
        return !"RUNNING".equals(state);
    }
}
