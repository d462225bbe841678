package eu.cinema.pilot.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.CsvCells;
import eu.cinema.pilot.PilotRuleException;

/**
 * What pilots report for a period: their published updates and their indicator values, as CSV
 * (a row per update and a row per value) and as the data of the PDF report; and the newest
 * published updates for the Atom feed.
 */
@Service
@Transactional(readOnly = true)
public class ReportingService {

    static final List<String> CSV_HEADER = List.of("pilot_id", "pilot", "record", "date", "text", "value", "unit",
            "milestones_reached");

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

    public void writeCsv(PeriodReport report, Writer out) {
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (ProgressUpdate update : report.updates()) {
                printer.printRecord(update.getPilot().getId(), CsvCells.inert(update.getPilot().getTitle()), "update",
                        update.getHappenedOn(), CsvCells.inert(update.getNarrative()), "", "",
                        CsvCells.inert(update.getMilestonesReached().stream().map(Milestone::getTitle).sorted()
                                .collect(Collectors.joining("; "))));
            }
            for (IndicatorValue value : report.values()) {
                printer.printRecord(value.getIndicator().getPilot().getId(),
                        CsvCells.inert(value.getIndicator().getPilot().getTitle()), "indicator value", value.getMeasuredOn(),
                        CsvCells.inert(value.getIndicator().getName()), value.getValue().toPlainString(),
                        CsvCells.inert(value.getIndicator().getUnit()), "");
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
