package eu.cinema.pilot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.NodeList;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.pilot.reporting.PeriodReportService;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** The CSV and PDF reports parsed back, the Atom feed read as XML, and the dashboard's figures. */
@PortalIntegrationTest
class PilotReportingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    PilotRepository pilots;

    @Autowired
    PeriodReportService periods;

    @Test
    void theCsvHasARowPerUpdateAndPerValueWithFormulasNeutralised() throws Exception {
        long id = pilotId("Creative Center Košice");
        String formula = "=HYPERLINK(\"http://evil.example\",\"click\") " + System.nanoTime();
        log(id, formula, true);
        log(id, "Internal " + formula, false);
        String today = LocalDate.now().toString();

        Page page = new PortalClient(port).get("/pilots/export.csv?from=2021-01-01&to=" + today + "&pilot=" + id, "text/csv");
        assertThat(page.body()).as("a byte-order mark, so that a spreadsheet on Windows reads UTF-8").startsWith("\uFEFFpilot_id,");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(page.body().substring(1))).getRecords();

        assertThat(page.header("Content-Disposition")).contains("attachment", ".csv");
        assertThat(rows).extracting(r -> r.get("pilot")).contains("Creative Center Košice");
        assertThat(rows).extracting(r -> r.get("pilot_id")).containsOnly(String.valueOf(id));
        assertThat(rows).extracting(r -> r.get("record")).contains("update", "indicator value");
        assertThat(rows).extracting(r -> r.get("text")).contains("'" + formula, "Events held")
                .noneMatch(text -> text.startsWith("Internal") || text.startsWith("="));
        assertThat(rows).filteredOn(r -> r.get("text").equals("Events held")).extracting(r -> r.get("value")).as("a count without decimals").contains("4");
    }

    @Test
    void thePdfReportCarriesTheSameContent() throws Exception {
        long id = pilotId("Hala Minda: exhibition and metal-working centre");

        byte[] pdf = new PortalClient(port).download("/pilots/report.pdf?from=2021-01-01&to=2022-12-31&pilot=" + id + "&lang=ro");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = plain(new PDFTextStripper().getText(document));
            assertThat(text).contains("Raportul proiectelor-pilot", "Hala Minda", "Reșița",
                    "The partners agreed the concept", "Events held", "Interreg Danube Transnational Programme",
                    "100% realizat", "Concept agreed with the partners", "10 din 10 events, 100");
            assertThat(text).as("the period in words, in the reader's language").contains("1 ianuarie 2021 – 31 decembrie 2022");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
        }
    }

    @Test
    void aReportingPeriodsReportCoversEveryPilotRunningInItAsPdfSpreadsheetAndCsv() throws Exception {
        PortalClient visitor = new PortalClient(port);
        String period = periodId();

        byte[] pdf = visitor.download("/pilots/report.pdf?period=" + period + "&lang=de");
        byte[] xlsx = visitor.download("/pilots/report.xlsx?period=" + period);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = plain(new PDFTextStripper().getText(document));
            assertThat(text).contains("Bericht der Pilotprojekte, Period 4: 1. Januar – 30. Juni 2022", "Storytelling shop windows",
                    "Creative Center Košice", "Prüfung durch den Lead-Partner", "Nicht begonnen");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("pilot_id");
            Row value = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(row -> row.getRowNum() > 0 && "indicator value".equals(row.getCell(2).getStringCellValue())).findFirst().orElseThrow();
            assertThat(value.getCell(5).getCellType()).as("a figure is a number").isEqualTo(CellType.NUMERIC);
            assertThat(value.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30));
        }
    }

    @Test
    void thePilotPageLinksToItsOwnReportFiles() {
        long id = pilotId("Creative Center Košice");
        Document page = new PortalClient(port).get("/pilots/" + id + "?lang=en").document();

        List<String> links = page.select("section[aria-labelledby=reports-heading] a").eachAttr("href");

        assertThat(links).contains("/pilots/report.pdf?pilot=" + id + "&from=2021-04-01&to=2027-12-31",
                "/pilots/report.xlsx?pilot=" + id + "&from=2021-04-01&to=2027-12-31", "/pilots/export.csv?pilot=" + id + "&from=2021-04-01&to=2027-12-31");
        for (String link : links) {
            assertThat(new PortalClient(port).download(link)).isNotEmpty();
        }
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThat(new PortalClient(port).get("/pilots/export.csv?from=2022-01-01&to=2021-01-01").status()).isEqualTo(400);
        assertThat(new PortalClient(port).get("/pilots/export.csv?from=yesterday&to=2021-01-01").status()).isEqualTo(400);
        assertThat(new PortalClient(port).get("/pilots/report.pdf?to=2021-01-01").status()).isEqualTo(400);
    }

    @Test
    void theAtomFeedListsPublishedUpdatesOnly() throws Exception {
        long id = pilotId("Creative Center Košice");
        String tag = "Feed " + System.nanoTime();
        log(id, tag + " public <b>&</b>", true);
        log(id, tag + " internal", false);

        Page feed = new PortalClient(port).get("/pilots/feed.atom", "application/atom+xml");
        org.w3c.dom.Document xml = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)));

        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        NodeList contents = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content");
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < contents.getLength(); i++) {
            texts.add(contents.item(i).getTextContent());
        }
        assertThat(texts).contains(tag + " public <b>&</b>").doesNotContain(tag + " internal");
        NodeList titles = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title");
        List<String> titleTexts = new java.util.ArrayList<>();
        for (int i = 0; i < titles.getLength(); i++) {
            titleTexts.add(titles.item(i).getTextContent());
        }
        assertThat(titleTexts).as("each entry says where its pilot stands").anyMatch(title -> title.matches("Creative Center Košice · [0-9-]+ · \\d+% done"));
    }

    @Test
    void theDashboardComparesTheTargetsWithThePilots() {
        Document dashboard = new PortalClient(port).get("/dashboard").document();

        // Other tests add pilots to the shared database: the collaborations only grow from the demo's five.
        assertThat(dashboard.select(".target-figure").eachText()).contains("3 started of 3 promised (100%)")
                .anyMatch(figure -> figure.matches("\\d+ started of 5 promised \\(\\d+%\\)"));
        assertThat(dashboard.select(".target p").eachText()).as("counts in figures, never in words")
                .anyMatch(line -> line.matches("\\d+ completed")).noneMatch(line -> line.contains("one completed"));
        assertThat(dashboard.select(".table-wrap > table").get(0).select("tr").eachText())
                .anyMatch(row -> row.matches("Creative Center Košice Running \\d+% done"))
                .anyMatch(row -> row.equals("Hala Minda: exhibition and metal-working centre Completed 100% done"));
        assertThat(dashboard.select("section[aria-labelledby=period-reports-heading] a").eachAttr("href"))
                .contains("/pilots/report.pdf?period=" + periodId(), "/pilots/report.xlsx?period=" + periodId(),
                        "/pilots/export.csv?period=" + periodId());
        assertThat(dashboard.select(".table-wrap > table").get(2).text()).contains("Slovakia", "Serbia");
        assertThat(dashboard.select(".table-wrap > table").get(3).text()).contains("Events held", "Start-ups supported");
        assertThat(dashboard.select(".quarters").first().select("tbody tr").eachText()).as("running totals per quarter")
                .startsWith("Q3 2020 0", "Q4 2020 0", "Q1 2021 2");
    }

    private void log(long pilotId, String narrative, boolean published) {
        PortalClient editor = new PortalClient(port);
        editor.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);
        Page page = editor.submit(editor.get("/pilots/" + pilotId + "/edit"), "form[action='/pilots/" + pilotId + "/updates']",
                published ? Map.of("happenedOn", LocalDate.now().toString(), "narrative", narrative, "published", "true")
                        : Map.of("happenedOn", LocalDate.now().toString(), "narrative", narrative));
        assertThat(page.location()).isEqualTo("/pilots/" + pilotId + "/edit");
    }

    /** A PDF's text with its thin and no-break spaces (which dates and figures use) and line breaks as plain spaces. */
    private static String plain(String text) {
        return text.replaceAll("[\\u2009\\u202F\\u00A0\\s]+", " ");
    }

    /** The demo's fourth period, January to June 2022. */
    private String periodId() {
        return String.valueOf(periods.periods().stream().filter(p -> p.getName().equals("Period 4")).findFirst().orElseThrow().getId());
    }

    private long pilotId(String title) {
        return pilots.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().map(Pilot::getId).orElseThrow();
    }
}
