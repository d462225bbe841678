package eu.cinema.site.importing;

import java.util.List;

/**
 * What an import would do: the rows read, every problem found, the columns not understood, and
 * how many rows would update sites that exist already (matched by reference). Nothing is saved
 * while there is any problem.
 */
public record ImportPreview(List<ImportRow> rows, List<ImportProblem> problems, List<String> ignoredColumns,
        long updates) {

    public boolean importable() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    public long creations() {
        return rows.size() - updates;
    }
}
