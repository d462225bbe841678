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

    /** A value as it was before {@link #inert}: the quote it put in front of a formula character removed. */
    public static String restored(String value) {
        return value != null && value.length() >= 2 && value.charAt(0) == '\'' && inert(value.substring(1)).equals(value)
                ? value.substring(1) : value;
    }
}
