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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.NodeList;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
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

    @Test
    void theCsvHasARowPerUpdateAndPerValueWithFormulasNeutralised() throws Exception {
        long id = pilotId("Creative Center Košice");
        String formula = "=HYPERLINK(\"http://evil.example\",\"click\") " + System.nanoTime();
        log(id, formula, true);
        log(id, "Internal " + formula, false);
        String today = LocalDate.now().toString();

        Page page = new PortalClient(port).get("/pilots/export.csv?from=2021-01-01&to=" + today + "&pilot=" + id, "text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(page.body())).getRecords();

        assertThat(page.header("Content-Disposition")).contains("attachment", ".csv");
        assertThat(rows).extracting(r -> r.get("pilot_id")).containsOnly(String.valueOf(id));
        assertThat(rows).extracting(r -> r.get("record")).contains("update", "indicator value");
        assertThat(rows).extracting(r -> r.get("text")).contains("'" + formula, "Events held")
                .noneMatch(text -> text.startsWith("Internal") || text.startsWith("="));
        assertThat(rows).filteredOn(r -> r.get("text").equals("Events held")).extracting(r -> r.get("value")).contains("4.00");
    }

    @Test
    void thePdfReportCarriesTheSameContent() throws Exception {
        long id = pilotId("Hala Minda: exhibition and metal-working centre");

        byte[] pdf = new PortalClient(port).download("/pilots/report.pdf?from=2021-01-01&to=2022-12-31&pilot=" + id + "&lang=ro");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Raportul proiectelor-pilot", "Hala Minda", "Reșița",
                    "The partners agreed the concept", "Events held");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
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
    }

    @Test
    void theDashboardComparesTheTargetsWithThePilots() {
        Document dashboard = new PortalClient(port).get("/dashboard").document();

        assertThat(dashboard.select(".target-figure").eachText()).contains("5 started of 5 promised", "2 started of 3 promised");
        assertThat(dashboard.select("table").get(0).text()).contains("Slovakia", "Serbia");
        assertThat(dashboard.select("table").get(1).text()).contains("Events held", "Start-ups supported");
    }

    private void log(long pilotId, String narrative, boolean published) {
        PortalClient editor = new PortalClient(port);
        editor.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);
        Page page = editor.submit(editor.get("/pilots/" + pilotId + "/edit"), "form[action='/pilots/" + pilotId + "/updates']",
                published ? Map.of("happenedOn", LocalDate.now().toString(), "narrative", narrative, "published", "true")
                        : Map.of("happenedOn", LocalDate.now().toString(), "narrative", narrative));
        assertThat(page.location()).isEqualTo("/pilots/" + pilotId + "/edit");
    }

    private long pilotId(String title) {
        return pilots.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().map(Pilot::getId).orElseThrow();
    }
}
