package eu.cinema.pilot.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotFilter;
import eu.cinema.pilot.PilotRuleException;
import eu.cinema.pilot.PilotService;
import eu.cinema.pilot.PilotTranslations;
import eu.cinema.pilot.progress.PilotProgress;
import eu.cinema.pilot.progress.PilotProgressTranslations;
import eu.cinema.pilot.progress.ProgressService;
import eu.cinema.pilot.progress.ProgressUpdate;
import eu.cinema.pilot.progress.ReportingService;
import eu.cinema.pilot.reporting.PeriodReportService;
import eu.cinema.pilot.reporting.ReportingPeriod;
import eu.cinema.project.ProjectOverview;
import eu.cinema.translation.LocalizedTexts;
import eu.cinema.translation.TranslationService;
import eu.cinema.web.PublicUrl;
import eu.cinema.web.rendering.AtomFeed;
import eu.cinema.web.rendering.PdfRenderer;
import eu.cinema.web.rendering.Spreadsheet;

/** Reporting on pilots: the PDF, spreadsheet and CSV reports of a period and the Atom feed of published updates. */
@Controller
@RequestMapping("/pilots")
class PilotReportController {

    private final ReportingService reporting;
    private final PilotService pilots;
    private final ProgressService progress;
    private final PeriodReportService periodReports;
    private final ProjectOverview overview;
    private final MessageSource messages;
    private final PdfRenderer pdfs;
    private final PublicUrl publicUrl;
    private final TranslationService translations;

    PilotReportController(ReportingService reporting, PilotService pilots, ProgressService progress, PeriodReportService periodReports,
            ProjectOverview overview, MessageSource messages, PdfRenderer pdfs, PublicUrl publicUrl, TranslationService translations) {
        this.translations = translations;
        this.reporting = reporting;
        this.pilots = pilots;
        this.progress = progress;
        this.periodReports = periodReports;
        this.overview = overview;
        this.messages = messages;
        this.pdfs = pdfs;
        this.publicUrl = publicUrl;
    }

    /**
     * Published updates and indicator values of one pilot or of all, between two dates (inclusive) or over a reporting
     * period, as CSV for any tool.
     */
    @GetMapping(value = "/export.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long period, @RequestParam(required = false) Long pilot) {
        ReportingService.PeriodReport report = report(from, to, period, pilot);
        StringWriter out = new StringWriter();
        reporting.writeCsv(report, out);
        return file(report, "csv", new MediaType("text", "csv", StandardCharsets.UTF_8)).body(out.toString());
    }

    /** The same as a spreadsheet: figures as numbers and dates as dates. */
    @GetMapping(value = "/report.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long period, @RequestParam(required = false) Long pilot) {
        ReportingService.PeriodReport report = report(from, to, period, pilot);
        return file(report, "xlsx", MediaType.parseMediaType(Spreadsheet.MEDIA_TYPE))
                .body(Spreadsheet.of("CINEMA pilots", ReportingService.HEADER, reporting.rows(report)));
    }

    /**
     * The report worth sending: per pilot its progress, milestones, indicators against their targets (with a chart), the
     * updates and evidence of the period, and the lead partner's review of its period reports.
     */
    @GetMapping(value = "/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) Long period, @RequestParam(required = false) Long pilot, Locale locale) {
        ReportingService.PeriodReport report = report(from, to, period, pilot);
        List<Pilot> shown = pilot != null ? List.of(pilots.get(pilot)) : pilots.find(PilotFilter.ALL).stream()
                .filter(p -> p.reportsOn(report.from(), report.to()))
                .toList();
        List<PilotReportSection> sections = shown.stream().map(p -> section(p, report)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("report", report);
        model.put("sections", sections);
        model.put("project", overview.project());
        model.put("reportingPeriod", period == null ? null : periodReports.period(period));
        return file(report, "pdf", MediaType.APPLICATION_PDF).body(pdfs.render("pilot/report", model, locale));
    }

    private PilotReportSection section(Pilot pilot, ReportingService.PeriodReport report) {
        PilotProgress shown = progress.publicProgress(pilot);
        List<ProgressUpdate> updates = report.updates().stream().filter(u -> u.getPilot().getId().equals(pilot.getId())).toList();
        return new PilotReportSection(pilot, shown,
                shown.indicators().stream().collect(Collectors.toMap(s -> s.indicator().getId(), IndicatorChart::of)), updates,
                report.values().stream().filter(v -> v.getIndicator().getPilot().getId().equals(pilot.getId())).toList(),
                progress.evidenceOf(updates.stream().map(ProgressUpdate::getId).toList()),
                periodReports.publicStatuses(pilot).stream()
                        .filter(s -> s.period().touches(report.from(), report.to()))
                        .toList());
    }

    /** The period asked for: a reporting period's dates, or the two dates given. */
    private ReportingService.PeriodReport report(LocalDate from, LocalDate to, Long period, Long pilot) {
        if (period != null) {
            ReportingPeriod chosen = periodReports.period(period);
            return reporting.report(chosen.getStartsOn(), chosen.getEndsOn(), pilot);
        }
        if (from == null || to == null) {
            throw new PilotRuleException("report.error.periodRequired", null);
        }
        return reporting.report(from, to, pilot);
    }

    private static ResponseEntity.BodyBuilder file(ReportingService.PeriodReport report, String extension, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cinema-pilots-" + report.from() + "-" + report.to() + "." + extension).build().toString());
    }

    @GetMapping(value = "/feed.atom")
    ResponseEntity<String> feed(Locale locale) {
        String base = publicUrl.base();
        List<ProgressUpdate> newest = reporting.newestPublished();
        // Where each pilot stands now, in the title of its updates: the feed reader sees the progress without the page.
        List<Pilot> shown = newest.stream().map(ProgressUpdate::getPilot).distinct().toList();
        Map<Long, Integer> percentages = progress.percentages(shown);
        // Titles and narratives in the reader's language where translated: one statement each for all the entries.
        Map<Long, LocalizedTexts> titles = translations.localizeAll(PilotTranslations.TYPE, shown, Pilot::getId, PilotTranslations::texts,
                locale.getLanguage());
        Map<Long, List<ProgressUpdate>> byPilot = newest.stream().collect(Collectors.groupingBy(update -> update.getPilot().getId()));
        Map<Long, LocalizedTexts> narratives = translations.localizeAll(PilotProgressTranslations.TYPE, byPilot.entrySet(),
                Map.Entry::getKey, entry -> entry.getValue().stream().map(PilotProgressTranslations::narrative).toList(),
                locale.getLanguage());
        List<AtomFeed.Entry> entries = newest.stream().map(update -> {
            long pilot = update.getPilot().getId();
            String page = base + "/pilots/" + pilot;
            Integer percent = percentages.get(pilot);
            String pilotTitle = titles.get(pilot).text("title");
            String title = pilotTitle + " · " + update.getHappenedOn()
                    + (percent == null ? "" : " · " + messages.getMessage("pilot.progressPercent", new Object[] {percent}, locale));
            LocalizedTexts narrative = narratives.get(pilot);
            String field = PilotProgressTranslations.field(update);
            return new AtomFeed.Entry(page + "#update-" + update.getId(), title,
                    update.getCreatedAt(), update.getHappenedOn().atStartOfDay(ZoneOffset.UTC).toInstant(), page,
                    pilotTitle, narrative.text(field), narrative.lang(field));
        }).toList();
        return AtomFeed.response(
                messages.getMessage("feed.pilots.title", null, locale), base + "/pilots/feed.atom", base + "/pilots", entries);
    }
}
