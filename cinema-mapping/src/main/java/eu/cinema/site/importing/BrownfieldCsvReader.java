package eu.cinema.site.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import eu.cinema.common.CsvCells;
import eu.cinema.site.BrownfieldRegister;
import eu.cinema.site.Ownership;
import eu.cinema.site.SiteRules;

/**
 * Reads a site file in the column layout of the brownfield land register data standard, tolerant
 * of what real published files contain: a UTF-8 byte-order mark, CRLF line ends, doubled and
 * tripled quotes, spaces around values, headers in any case, dd/mm/yyyy as well as ISO dates.
 * Row by row, and no row (the header included) longer than the limit is ever held.
 */
final class BrownfieldCsvReader implements SiteFileReader {

    static final List<String> REQUIRED = List.of("SiteReference", "SiteNameAddress", "CoordinateReferenceSystem", "GeoX", "GeoY");
    private static final String SYSTEM = "CoordinateReferenceSystem";
    /** Stands for the system column of a file that has none because it gives longitude and latitude. */
    private static final String IMPLIED_WGS84 = "";
    /** Checked, but not kept: the portal has nothing to keep them in. */
    private static final List<String> OTHER_DATE_COLUMNS = List.of("PermissionDate", "EndDate");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true).setTrim(true).setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();

    private final ImportLimits limits;
    private final SiteRules rules;

    BrownfieldCsvReader(ImportLimits limits, SiteRules rules) {
        this.limits = limits;
        this.rules = rules;
    }

    @Override
    public void read(InputStream content, String defaultCity, RowSink sink) {
        RowChecks checks = new RowChecks(rules, sink);
        int row = 0;
        boolean headerRead = false;
        BoundedReader text = new BoundedReader(content, limits.maxRecordLength());
        try (CSVParser parser = FORMAT.parse(text)) {
            headerRead = true;
            Map<String, String> columns = columns(parser.getHeaderNames(), sink, checks);
            if (checks.problems() > 0) {
                return;
            }
            for (CSVRecord record : parser) {
                row++;
                if (row > limits.maxRows()) {
                    checks.problem(row, null, "import.error.tooManyRows", limits.maxRows());
                    return;
                }
                text.recordStartsAt(record.getCharacterPosition());
                if (length(record.values()) > limits.maxRecordLength()) {
                    checks.problem(row, null, "import.error.recordTooLong", limits.maxRecordLength());
                } else {
                    row(row, record, columns, defaultCity, checks, sink);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException broken) {
            unreadable(headerRead ? row + 1 : 0, broken, checks);
            return;
        }
        if (row == 0) {
            checks.problem(0, null, "import.error.noRows");
        }
    }

    /** Why the file cannot be read on from {@code row} (0: its header): its encoding, a row over the limit, or broken quoting. */
    private void unreadable(int row, Exception broken, RowChecks checks) {
        Throwable cause = broken instanceof UncheckedIOException unchecked ? unchecked.getCause() : broken;
        for (Throwable c = cause; c != null; c = c.getCause()) {
            if (c instanceof CharacterCodingException) {
                checks.problem(row, null, "import.error.encoding");
                return;
            }
            if (c instanceof RecordTooLongException) {
                checks.problem(row, null, "import.error.recordTooLong", limits.maxRecordLength());
                return;
            }
        }
        checks.problem(row, null, "import.error.quoting");
    }

    /** Maps each understood column to the header as the file spells it; counts the rest and names the first few. */
    private Map<String, String> columns(List<String> headers, RowSink sink, RowChecks checks) {
        if (headers.size() > limits.maxColumns()) {
            checks.problem(0, null, "import.error.tooManyColumns", headers.size(), limits.maxColumns());
            return Map.of();
        }
        if (length(headers.toArray(String[]::new)) > limits.maxRecordLength()) {
            checks.problem(0, null, "import.error.recordTooLong", limits.maxRecordLength());
            return Map.of();
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (String header : headers) {
            String name = header.strip();
            Optional<String> known = BrownfieldRegister.column(name);
            if (known.isPresent()) {
                columns.putIfAbsent(known.get(), header);
            } else if (!name.isEmpty()) {
                sink.ignoredColumn(name);
            }
        }
        // The portal's own export gives longitude and latitude and no system: WGS 84 is meant.
        if (!columns.containsKey(SYSTEM) && columns.containsKey("GeoX") && BrownfieldRegister.isPortalLongitude(columns.get("GeoX"))) {
            columns.put(SYSTEM, IMPLIED_WGS84);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                checks.problem(0, required, "import.error.missingColumn", required);
            }
        }
        return columns;
    }

    private static void row(int row, CSVRecord record, Map<String, String> columns, String defaultCity, RowChecks checks,
            RowSink sink) {
        int before = checks.problems();
        String reference = checks.reference(row, "SiteReference", value(record, columns, "SiteReference"));
        String name = checks.text(row, "SiteNameAddress", "name", value(record, columns, "SiteNameAddress"), true);
        String crs = IMPLIED_WGS84.equals(columns.get(SYSTEM)) ? BrownfieldRegister.WGS84 : value(record, columns, SYSTEM);
        OptionalInt srid = CoordinateSystems.srid(crs);
        if (srid.isEmpty()) {
            checks.problem(row, SYSTEM, "import.error.crs", String.valueOf(crs));
        }
        Double x = number(row, record, columns, "GeoX", checks);
        Double y = number(row, record, columns, "GeoY", checks);
        BigDecimal hectares = hectares(row, value(record, columns, "Hectares"), checks);
        Ownership ownership = checks.ownership(row, "OwnershipStatus", value(record, columns, "OwnershipStatus"));
        for (String dateColumn : OTHER_DATE_COLUMNS) {
            checks.date(row, dateColumn, value(record, columns, dateColumn));
        }
        LocalDate firstAdded = checks.date(row, "FirstAddedDate", value(record, columns, "FirstAddedDate"));
        LocalDate lastUpdated = checks.date(row, "LastUpdatedDate", value(record, columns, "LastUpdatedDate"));
        String city = checks.city(row, BrownfieldRegister.CITY, value(record, columns, BrownfieldRegister.CITY), defaultCity);
        String notes = checks.text(row, "SiteInformation", "description",
                joined(value(record, columns, "SiteInformation"), value(record, columns, "Notes")), false);
        if (checks.problems() == before) {
            sink.row(new ImportRow(row, reference, name, city, x, y, srid.getAsInt(), null, hectares, ownership, notes,
                    firstAdded, lastUpdated, null));
        }
    }

    /** A land area written as text, in either format. */
    static BigDecimal hectares(int row, String text, RowChecks checks) {
        if (text == null) {
            return null;
        }
        try {
            return checks.landArea(row, "Hectares", new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            checks.problem(row, "Hectares", "import.error.number", text);
            return null;
        }
    }

    private static Double number(int row, CSVRecord record, Map<String, String> columns, String column, RowChecks checks) {
        String value = value(record, columns, column);
        if (value == null) {
            checks.problem(row, column, "import.error.required", column);
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
        checks.problem(row, column, "import.error.number", value);
        return null;
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !record.isMapped(header) || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : CsvCells.restored(withoutExtraQuotes(value.strip()));
    }

    /**
     * Without the quote marks some publishers add around a whole value ({@code """1 The Pier Head"""} in the file
     * reads as {@code "1 The Pier Head"}); a value that only starts or ends with a quote keeps it.
     */
    static String withoutExtraQuotes(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).strip() : value;
    }

    /** A row's characters, without the separators and quotes around its values. */
    private static long length(String[] values) {
        long length = 0;
        for (String value : values) {
            length += value == null ? 0 : value.length();
        }
        return length;
    }

    /** Two texts as one description, either of which may be missing. */
    static String joined(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + "\n\n" + second;
    }

    /** Thrown, inside the parser's read, when a row (the header included) runs over the length limit. */
    static final class RecordTooLongException extends IOException {

        RecordTooLongException() {
            super("record too long");
        }
    }

    /**
     * Strict UTF-8 without its byte-order mark, which refuses to hand the parser more than two rows' worth of
     * characters since the start of the last row it returned (that row, the one being parsed and the parser's
     * read-ahead buffer), so that no row over the limit is ever held whole; the rows it lets through are then
     * measured exactly.
     */
    static final class BoundedReader extends FilterReader {

        /** Commons CSV's read-ahead buffer: characters it may hold beyond the row it parses. */
        private static final int READ_AHEAD = 8192;

        private final long limit;
        private long position;
        private long recordStart;

        BoundedReader(InputStream content, int maxRecordLength) {
            super(new PushbackReader(new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))));
            this.limit = 2L * maxRecordLength + READ_AHEAD;
        }

        /** The parser returned a row starting at this character. */
        void recordStartsAt(long characterPosition) {
            recordStart = characterPosition;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (position == 0) {
                skipByteOrderMark();
            }
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                position += read;
                if (position - recordStart > limit) {
                    throw new RecordTooLongException();
                }
            }
            return read;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        private void skipByteOrderMark() throws IOException {
            PushbackReader pushback = (PushbackReader) in;
            int first = pushback.read();
            if (first >= 0 && first != '\uFEFF') {
                pushback.unread(first);
            }
        }
    }
}
