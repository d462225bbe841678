package eu.cinema.common;

/** Cells for CSV files that people open in spreadsheets. */
public final class CsvCells {

    private CsvCells() {
    }

    /** OWASP's advice against CSV injection: a leading =, +, -, @, tab or CR gets a quote in front. */
    public static String inert(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
