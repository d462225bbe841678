package eu.cinema.site.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import eu.cinema.site.BrownfieldRegister;
import eu.cinema.site.Ownership;
import eu.cinema.site.SiteRules;

/**
 * The checks every row gets, whichever its format: required values, the site's own rules ({@link SiteRules},
 * the same as the forms and the table) and references unique in the file. One per file, as it remembers the
 * references seen; every problem goes to the sink and is counted, so that a reader knows whether a row was clean.
 */
final class RowChecks {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final SiteRules rules;
    private final RowSink sink;
    /** Every reference seen, rows with other problems included, so that a later duplicate is always found. */
    private final Map<String, Integer> firstRowOfReference = new HashMap<>();
    private int problems;

    RowChecks(SiteRules rules, RowSink sink) {
        this.rules = rules;
        this.sink = sink;
    }

    void problem(int row, String column, String messageKey, Object... arguments) {
        problems++;
        sink.problem(ImportProblem.of(row, column, messageKey, arguments));
    }

    /** How many problems were found so far: a reader compares it before and after a row. */
    int problems() {
        return problems;
    }

    String reference(int row, String column, String value) {
        String reference = text(row, column, "reference", value, true);
        if (reference != null) {
            Integer first = firstRowOfReference.putIfAbsent(reference, row);
            if (first != null) {
                problem(row, column, "import.error.duplicateReference", reference, first);
            }
        }
        return reference;
    }

    /** The value, or null when it is missing and not required, or breaks the site's rule for {@code property}. */
    String text(int row, String column, String property, String value, boolean required) {
        if (value == null) {
            if (required) {
                problem(row, column, "import.error.required", column);
            }
            return null;
        }
        return follows(row, column, property, value) ? value : null;
    }

    String city(int row, String column, String value, String defaultCity) {
        String city = value != null ? value : defaultCity == null || defaultCity.isBlank() ? null : defaultCity.strip();
        if (city == null) {
            problem(row, column, "import.error.city");
            return null;
        }
        return text(row, column, "cityName", city, true);
    }

    BigDecimal landArea(int row, String column, BigDecimal hectares) {
        return hectares == null || follows(row, column, "landAreaHa", hectares) ? hectares : null;
    }

    /** A date in ISO form (a time after it is ignored) or day first (31/12/2020), as registers write them. */
    LocalDate date(int row, String column, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException notIso) {
            try {
                return LocalDate.parse(text, DAY_FIRST);
            } catch (DateTimeParseException notDayFirst) {
                problem(row, column, "import.error.date", text);
                return null;
            }
        }
    }

    /** The standard's ownership words, in any case and spacing, or the portal's code; absent means unknown. */
    Ownership ownership(int row, String column, String text) {
        if (text == null) {
            return Ownership.UNKNOWN;
        }
        Optional<Ownership> ownership = BrownfieldRegister.ownership(text);
        if (ownership.isEmpty()) {
            problem(row, column, "import.error.ownership", text);
        }
        return ownership.orElse(null);
    }

    private boolean follows(int row, String column, String property, Object value) {
        var breaches = rules.check(property, value);
        String shown = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        for (SiteRules.Breach breach : breaches) {
            switch (breach.constraint()) {
                case "Size" -> problem(row, column, "import.error.tooLong", column, breach.limit("max"));
                case "Digits" -> problem(row, column, "import.error.digits", shown, breach.limit("integer"),
                        breach.limit("fraction"));
                case "DecimalMin" -> problem(row, column, "import.error.negative", shown);
                case "NotBlank" -> problem(row, column, "import.error.required", column);
                default -> problem(row, column, "import.error.invalid", column);
            }
        }
        return breaches.isEmpty();
    }
}
