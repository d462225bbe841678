package eu.cinema.pilot.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.CsvCells;
import eu.cinema.pilot.PilotRuleException;

/**
 * What pilots report for a period: their published updates and their indicator values, as a table (a row per update
 * and a row per value) for the CSV and the spreadsheet, and as the data of the PDF report; and the newest published
 * updates for the Atom feed.
 */
@Service
@Transactional(readOnly = true)
public class ReportingService {

    public static final List<String> HEADER = List.of("pilot_id", "pilot", "record", "date", "text", "value", "unit",
            "milestones_reached");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final ProgressUpdateRepository updates;
    private final IndicatorValueRepository values;

    ReportingService(ProgressUpdateRepository updates, IndicatorValueRepository values) {
        this.updates = updates;
        this.values = values;
    }

    public PeriodReport report(LocalDate from, LocalDate to, Long pilotId) {
        if (from.isAfter(to)) {
            throw new PilotRuleException("report.error.period", "from");
        }
        return new PeriodReport(from, to, updates.findPublishedBetween(from, to, pilotId), values.findBetween(from, to, pilotId));
    }

    /**
     * The report as a table, a row per update and a row per indicator value, with {@link #HEADER}'s columns; figures as
     * numbers and dates as dates, for the CSV and the spreadsheet.
     */
    public List<List<Object>> rows(PeriodReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProgressUpdate update : report.updates()) {
            rows.add(Arrays.asList(update.getPilot().getId(), update.getPilot().getTitle(), "update", update.getHappenedOn(),
                    update.getNarrative(), null, null,
                    update.getMilestonesReached().stream().map(Milestone::getTitle).sorted().collect(Collectors.joining("; "))));
        }
        for (IndicatorValue value : report.values()) {
            rows.add(Arrays.asList(value.getIndicator().getPilot().getId(), value.getIndicator().getPilot().getTitle(), "indicator value",
                    value.getMeasuredOn(), value.getIndicator().getName(), value.getValue(), value.getIndicator().getUnit(), null));
        }
        return rows;
    }

    /**
     * The report as CSV (RFC 4180), opened by a UTF-8 byte-order mark: without it a spreadsheet on Windows reads the file
     * in its local code page and garbles "Košice". Text cells are made inert, so that none is taken for a formula.
     */
    public void writeCsv(PeriodReport report, Writer out) {
        try {
            out.write(BYTE_ORDER_MARK);
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get())) {
                for (List<Object> row : rows(report)) {
                    printer.printRecord(row.stream().map(cell -> cell instanceof String text ? CsvCells.inert(text)
                            : cell instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : cell == null ? "" : cell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<ProgressUpdate> newestPublished() {
        return updates.findTop50ByPublishedTrueOrderByCreatedAtDescIdDesc();
    }

    /** One period's published updates and indicator values, ordered by pilot and date. */
    public record PeriodReport(LocalDate from, LocalDate to, List<ProgressUpdate> updates, List<IndicatorValue> values) {
    }
}
