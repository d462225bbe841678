package eu.cinema.recommendation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** The recommendations library over real HTTP: filters, evidence, the PDF brief, administrators only writing, bad input. */
@PortalIntegrationTest
class RecommendationIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void thePublicReadsPublishedRecommendationsWithTheirEvidenceAndBrief() throws IOException {
        PortalClient visitor = new PortalClient(port);
        Document library = visitor.get("/recommendations").document();
        Document local = visitor.get("/recommendations?level=LOCAL&country=SI").document();
        String href = library.select(".card-title a").stream()
                .filter(a -> a.text().equals("Keep a public register of vacant properties")).findFirst().orElseThrow().attr("href");
        Document detail = visitor.get(href).document();

        assertThat(library.select(".card")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(local.select(".card-title").eachText()).containsExactly("Keep a public register of vacant properties");
        assertThat(detail.text()).contains("Vacant-property database", "Kamnik vacant-property database and old-town revival", "Slovenia");
        try (PDDocument brief = Loader.loadPDF(visitor.download(href + "/brief.pdf"))) {
            assertThat(new PDFTextStripper().getText(brief).replaceAll("\\s+", " "))
                    .contains("Keep a public register of vacant properties", "Evidence: pilots", "Vacant-property database");
        }
        assertThat(visitor.get("/recommendations?level=GALACTIC").status()).isEqualTo(400);
        assertThat(visitor.get("/recommendations/987654").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsWriteAndAnUnpublishedOneStaysHidden() {
        PortalClient municipality = new PortalClient(port);
        municipality.signIn("municipality@cinema.demo", PortalClient.DEMO_PASSWORD);
        assertThat(municipality.get("/admin/recommendations/new").status()).isEqualTo(403);

        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        Page form = admin.get("/admin/recommendations/new");
        Page tooLong = admin.submit(form, "form[action='/admin/recommendations']", Map.of("title", "x".repeat(1_000_000), "level", "EU", "topic", "FUNDING", "text", "t"));
        Page empty = admin.submit(form, "form[action='/admin/recommendations']", Map.of("title", "Untitled text", "level", "EU", "topic", "FUNDING", "text", " "));
        Page created = admin.submit(form, "form[action='/admin/recommendations']", Map.of("title", "Hidden draft recommendation", "level", "REGIONAL",
                "topic", "SKILLS", "text", "Train <b>brokers</b>.", "countryCodes", "RO"));

        assertThat(tooLong.text("#title-error")).isEqualTo("Use at most 300 characters.");
        assertThat(empty.text("#text-error")).isEqualTo("Fill in this field.");
        assertThat(created.location()).matches("/recommendations/\\d+");
        assertThat(admin.get(created.location()).text("main")).contains("Train <b>brokers</b>.", "Not published");
        assertThat(new PortalClient(port).get(created.location()).status()).isEqualTo(404);
        assertThat(new PortalClient(port).get("/recommendations").body()).doesNotContain("Hidden draft recommendation");
    }
}
