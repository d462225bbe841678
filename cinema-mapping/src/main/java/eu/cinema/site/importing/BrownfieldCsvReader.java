package eu.cinema.site.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import eu.cinema.site.Ownership;

/**
 * Reads a site file in the column layout of the brownfield land register data standard, tolerant
 * of what real published files contain: a UTF-8 byte-order mark, CRLF line ends, doubled and
 * tripled quotes, spaces around values, headers in any case, dd/mm/yyyy as well as ISO dates.
 */
final class BrownfieldCsvReader {

    static final List<String> STANDARD_COLUMNS = List.of("OrganisationURI", "OrganisationLabel", "SiteReference",
            "PreviouslyPartOf", "SiteNameAddress", "SiteplanURL", "CoordinateReferenceSystem", "GeoX", "GeoY", "Hectares",
            "OwnershipStatus", "Deliverable", "PlanningStatus", "PermissionType", "PermissionDate", "PlanningHistory",
            "ProposedForPIP", "MinNetDwellings", "DevelopmentDescription", "NonHousingDevelopment", "Part2",
            "NetDwellingsRangeFrom", "NetDwellingsRangeTo", "HazardousSubstances", "SiteInformation", "Notes",
            "FirstAddedDate", "LastUpdatedDate", "EndDate");
    static final List<String> REQUIRED = List.of("SiteReference", "SiteNameAddress", "CoordinateReferenceSystem", "GeoX", "GeoY");
    /** Not in the standard, but understood: the town, where a register covers several. */
    static final String CITY = "City";
    private static final List<String> DATE_COLUMNS = List.of("PermissionDate", "FirstAddedDate", "LastUpdatedDate", "EndDate");
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Map<String, Ownership> OWNERSHIP = Map.of(
            "owned by a public authority", Ownership.PUBLIC,
            "not owned by a public authority", Ownership.PRIVATE,
            "mixed ownership", Ownership.MIXED,
            "unknown ownership", Ownership.UNKNOWN);

    private BrownfieldCsvReader() {
    }

    static ParsedFile read(byte[] content, String defaultCity) {
        List<ImportProblem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            problems.add(ImportProblem.of(0, null, "import.error.encoding"));
            return new ParsedFile(List.of(), problems, List.of());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                .setTrim(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        List<ImportRow> rows = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, String> columns = columns(parser.getHeaderNames(), ignored);
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    problems.add(ImportProblem.of(0, required, "import.error.missingColumn", required));
                }
            }
            if (!problems.isEmpty()) {
                return new ParsedFile(List.of(), problems, ignored);
            }
            Set<String> references = new HashSet<>();
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                ImportRow parsed = row(row, record, columns, defaultCity, problems);
                if (parsed != null && !references.add(parsed.reference())) {
                    problems.add(ImportProblem.of(row, "SiteReference", "import.error.duplicateReference", parsed.reference()));
                } else if (parsed != null) {
                    rows.add(parsed);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            problems.add(ImportProblem.of(rows.size() + 1, null, "import.error.quoting"));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(0, null, "import.error.noRows"));
        }
        return new ParsedFile(rows, problems, ignored);
    }

    /** Maps each understood column to the header as the file spells it; lists the rest. */
    private static Map<String, String> columns(List<String> headers, List<String> ignored) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String header : headers) {
            String name = header.strip();
            String known = STANDARD_COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name)).findFirst()
                    .orElse(CITY.equalsIgnoreCase(name) ? CITY : null);
            if (known != null) {
                columns.putIfAbsent(known, header);
            } else if (!name.isEmpty()) {
                ignored.add(name);
            }
        }
        return columns;
    }

    private static ImportRow row(int row, CSVRecord record, Map<String, String> columns, String defaultCity,
            List<ImportProblem> problems) {
        int before = problems.size();
        String reference = required(row, record, columns, "SiteReference", problems);
        String name = required(row, record, columns, "SiteNameAddress", problems);
        OptionalInt srid = CoordinateSystems.srid(value(record, columns, "CoordinateReferenceSystem"));
        if (srid.isEmpty()) {
            problems.add(ImportProblem.of(row, "CoordinateReferenceSystem", "import.error.crs",
                    String.valueOf(value(record, columns, "CoordinateReferenceSystem"))));
        }
        Double x = number(row, record, columns, "GeoX", problems);
        Double y = number(row, record, columns, "GeoY", problems);
        BigDecimal hectares = null;
        String hectaresText = value(record, columns, "Hectares");
        if (hectaresText != null) {
            try {
                hectares = new BigDecimal(hectaresText);
                if (hectares.signum() < 0) {
                    problems.add(ImportProblem.of(row, "Hectares", "import.error.negative", hectaresText));
                }
            } catch (NumberFormatException notANumber) {
                problems.add(ImportProblem.of(row, "Hectares", "import.error.number", hectaresText));
            }
        }
        Ownership ownership = ownership(row, value(record, columns, "OwnershipStatus"), problems);
        for (String dateColumn : DATE_COLUMNS) {
            String date = value(record, columns, dateColumn);
            if (date != null && !isDate(date)) {
                problems.add(ImportProblem.of(row, dateColumn, "import.error.date", date));
            }
        }
        String city = value(record, columns, CITY);
        if (city == null) {
            city = defaultCity;
        }
        if (city == null || city.isBlank()) {
            problems.add(ImportProblem.of(row, CITY, "import.error.city"));
        }
        if (problems.size() > before) {
            return null;
        }
        String notes = joined(value(record, columns, "SiteInformation"), value(record, columns, "Notes"));
        return new ImportRow(row, reference, name, city, x, y, srid.getAsInt(), null, hectares, ownership, notes);
    }

    /** The standard's ownership words, in any case and spacing; absent means unknown. */
    static Ownership ownership(int row, String text, List<ImportProblem> problems) {
        if (text == null) {
            return Ownership.UNKNOWN;
        }
        Ownership ownership = OWNERSHIP.get(text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (ownership == null) {
            problems.add(ImportProblem.of(row, "OwnershipStatus", "import.error.ownership", text));
        }
        return ownership;
    }

    private static String required(int row, CSVRecord record, Map<String, String> columns, String column,
            List<ImportProblem> problems) {
        String value = value(record, columns, column);
        if (value == null) {
            problems.add(ImportProblem.of(row, column, "import.error.required", column));
        } else if (value.length() > 300) {
            problems.add(ImportProblem.of(row, column, "import.error.tooLong", column, 300));
            return null;
        }
        return value;
    }

    private static Double number(int row, CSVRecord record, Map<String, String> columns, String column,
            List<ImportProblem> problems) {
        String value = value(record, columns, column);
        if (value == null) {
            problems.add(ImportProblem.of(row, column, "import.error.required", column));
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number)) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(ImportProblem.of(row, column, "import.error.number", value));
        return null;
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
            return true;
        } catch (DateTimeParseException notIso) {
            try {
                LocalDate.parse(text, DAY_FIRST);
                return true;
            } catch (DateTimeParseException notDayFirst) {
                return false;
            }
        }
    }

    private static String joined(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "\n\n" + second;
    }

    record ParsedFile(List<ImportRow> rows, List<ImportProblem> problems, List<String> ignoredColumns) {
    }
}
