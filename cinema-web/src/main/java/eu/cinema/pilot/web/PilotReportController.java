package eu.cinema.pilot.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import eu.cinema.pilot.Pilot;
import eu.cinema.progress.ProgressUpdate;
import eu.cinema.progress.ReportingService;
import eu.cinema.web.PdfRenderer;

/** Reporting on pilots: the CSV and PDF reports of a period and the Atom feed of published updates. */
@Controller
@RequestMapping("/pilots")
class PilotReportController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final ReportingService reporting;
    private final MessageSource messages;
    private final PdfRenderer pdfs;

    PilotReportController(ReportingService reporting, MessageSource messages, PdfRenderer pdfs) {
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
    ResponseEntity<String> feed(Locale locale) throws XMLStreamException {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<ProgressUpdate> updates = reporting.newestPublished();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "title", messages.getMessage("feed.pilots.title", null, locale));
        element(xml, "id", base + "/pilots/feed.atom");
        link(xml, base + "/pilots/feed.atom", "self");
        link(xml, base + "/pilots", "alternate");
        element(xml, "updated", updates.isEmpty() ? "1970-01-01T00:00:00Z"
                : DateTimeFormatter.ISO_INSTANT.format(updates.get(0).getCreatedAt()));
        for (ProgressUpdate update : updates) {
            String page = base + "/pilots/" + update.getPilot().getId();
            xml.writeStartElement("entry");
            element(xml, "id", page + "#update-" + update.getId());
            element(xml, "title", update.getPilot().getTitle() + " · " + update.getHappenedOn());
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(update.getCreatedAt()));
            element(xml, "published", update.getHappenedOn().atStartOfDay(ZoneOffset.UTC).toInstant().toString());
            link(xml, page, "alternate");
            xml.writeStartElement("author");
            element(xml, "name", update.getPilot().getTitle());
            xml.writeEndElement();
            xml.writeStartElement("content");
            xml.writeAttribute("type", "text");
            xml.writeAttribute("xml:lang", update.getNarrativeLang());
            xml.writeCharacters(update.getNarrative());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", href);
        xml.writeAttribute("rel", rel);
    }
}
