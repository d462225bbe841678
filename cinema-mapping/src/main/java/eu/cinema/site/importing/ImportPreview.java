package eu.cinema.site.importing;

import java.util.List;
import java.util.UUID;

/**
 * What an import would do, from one pass over the file: how many rows it read, the first of them, the problems
 * found (the first {@value #MAX_PROBLEMS_SHOWN}, and how many there are), the columns not understood (the first
 * {@value #MAX_IGNORED_SHOWN}, and how many), and how many rows would update sites that exist already (matched by
 * reference). Nothing is saved while there is any problem.
 *
 * @param uploadId the file, waiting for its uploader to confirm it
 */
public record ImportPreview(UUID uploadId, String fileName, int rowCount, List<ImportRow> shownRows,
        List<ImportProblem> problems, int problemCount, List<String> ignoredColumns, int ignoredColumnCount, long updates) {

    /** Rows shown in the preview. */
    public static final int MAX_ROWS_SHOWN = 100;
    static final int MAX_PROBLEMS_SHOWN = 500;
    static final int MAX_IGNORED_SHOWN = 20;

    public boolean importable() {
        return problemCount == 0 && rowCount > 0;
    }

    public long creations() {
        return rowCount - updates;
    }
}
