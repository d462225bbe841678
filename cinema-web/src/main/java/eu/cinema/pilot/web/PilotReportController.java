package eu.cinema.pilot.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.progress.ReportingService;
import eu.cinema.web.PublicUrl;
import eu.cinema.web.rendering.AtomFeed;
import eu.cinema.web.rendering.PdfRenderer;

/** Reporting on pilots: the CSV and PDF reports of a period and the Atom feed of published updates. */
@Controller
@RequestMapping("/pilots")
class PilotReportController {

    private final ReportingService reporting;
    private final MessageSource messages;
    private final PdfRenderer pdfs;
    private final PublicUrl publicUrl;

    PilotReportController(ReportingService reporting, MessageSource messages, PdfRenderer pdfs, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.reporting = reporting;
        this.messages = messages;
        this.pdfs = pdfs;
    }

    /** Published updates and indicator values of one pilot or of all, between two dates (inclusive). */
    @GetMapping(value = "/export.csv")
    ResponseEntity<String> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long pilot) {
        StringWriter out = new StringWriter();
        reporting.writeCsv(reporting.report(from, to, pilot), out);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cinema-pilots-" + from + "-" + to + ".csv").build().toString())
                .body(out.toString());
    }

    /** The same period as a PDF report, per pilot. */
    @GetMapping(value = "/report.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long pilot, Locale locale) {
        ReportingService.PeriodReport report = reporting.report(from, to, pilot);
        Map<Long, Pilot> reported = new LinkedHashMap<>();
        report.updates().forEach(u -> reported.putIfAbsent(u.getPilot().getId(), u.getPilot()));
        report.values().forEach(v -> reported.putIfAbsent(v.getIndicator().getPilot().getId(), v.getIndicator().getPilot()));
        byte[] pdf = pdfs.render("pilot/report", Map.of("report", report, "pilots", List.copyOf(reported.values())), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cinema-pilots-" + from + "-" + to + ".pdf").build().toString())
                .body(pdf);
    }

    @GetMapping(value = "/feed.atom")
    ResponseEntity<String> feed(Locale locale) {
        String base = publicUrl.base();
        List<AtomFeed.Entry> entries = reporting.newestPublished().stream().map(update -> {
            String page = base + "/pilots/" + update.getPilot().getId();
            return new AtomFeed.Entry(page + "#update-" + update.getId(), update.getPilot().getTitle() + " · " + update.getHappenedOn(),
                    update.getCreatedAt(), update.getHappenedOn().atStartOfDay(ZoneOffset.UTC).toInstant(), page,
                    update.getPilot().getTitle(), update.getNarrative(), update.getNarrativeLang());
        }).toList();
        return AtomFeed.response(
                messages.getMessage("feed.pilots.title", null, locale), base + "/pilots/feed.atom", base + "/pilots", entries);
    }
}
