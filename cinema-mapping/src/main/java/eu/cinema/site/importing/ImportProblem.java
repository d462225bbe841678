package eu.cinema.site.importing;

import java.util.List;

/**
 * One thing wrong with an import file, where it is and why, as a message key with arguments.
 *
 * @param row    the data row, counted from 1 (0 for the file as a whole)
 * @param column the column or property at fault, or null
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    static ImportProblem of(int row, String column, String messageKey, Object... arguments) {
        return new ImportProblem(row, column, messageKey, List.of(arguments));
    }
}
