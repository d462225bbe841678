package eu.cinema.home.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.partner.PartnerRepository;
import eu.cinema.plan.PlanState;
import eu.cinema.plan.PlanVersionRepository;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

@PortalIntegrationTest
class PublicPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    PlanVersionRepository versions;

    @Autowired
    PartnerRepository partners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHomePagePresentsTheProjectItsObjectivesAndItsTargets() {
        Document home = new PortalClient(port).get("/").document();

        assertThat(home.selectFirst("h1").text()).contains("abandoned buildings");
        assertThat(home.select(".fact dd").eachText())
                .contains("17", "5", "8", "07/2020 – 12/2022", "2,249,073.50 EUR", "1,911,712.48 EUR");
        assertThat(home.select(".objectives li")).hasSize(5);
        assertThat(home.select(".target h3").eachText()).containsExactly("Maps for new urban economies",
                "Cross-sectoral collaboration projects", "Creative-industry support centres", "Local action plans");
        // Live counts from the demo data: sites, pilots (the retail layer) and actors fill the three maps;
        // the five collaborations and the three support centres have started.
        assertThat(home.select(".target-figure").eachText()).containsExactly("3 of 3", "5 of 5", "3 of 3",
                versions.countByState(PlanState.PUBLISHED) + " of 8");
        assertThat(versions.countByState(PlanState.PUBLISHED)).as("the demo's plans, Resita's still a draft").isGreaterThanOrEqualTo(7);
        assertThat(home.selectFirst("footer").text()).contains("co-funded by European Union funds");
    }

    @Test
    void theHomePageOffersEveryWayInAndCountsWhatThePublicSees() {
        Document home = new PortalClient(port).get("/").document();

        assertThat(home.select(".hero-actions a").eachAttr("href")).containsExactly("/map", "/sites/propose");
        assertThat(home.select(".ways-in h3 a").eachAttr("href"))
                .containsExactly("/map", "/sites/propose", "/match", "/toolkit", "/plans", "/partners");
        assertThat(home.select(".ways-in .mini-map").attr("data-points")).contains("Chamber of Commerce and Industry of Slovenia");
        assertThat(home.select("#today-heading + .fact-grid dd").eachText()).containsExactly(
                count("SELECT count(*) FROM site WHERE publication = 'PUBLISHED'"),
                count("SELECT count(*) FROM pilot WHERE status = 'COMPLETED'"),
                String.valueOf(versions.countByState(PlanState.PUBLISHED)),
                count("SELECT count(*) FROM tool_card WHERE published"));
    }

    private String count(String sql) {
        return String.valueOf(jdbc.sql(sql).query(Long.class).single());
    }

    @Test
    void theLanguageSwitchesWithAParameterAndIsRemembered() {
        PortalClient visitor = new PortalClient(port);

        Document romanian = visitor.get("/?lang=ro").document();
        Document next = visitor.get("/partners").document();

        assertThat(romanian.selectFirst("html").attr("lang")).isEqualTo("ro");
        assertThat(romanian.select(".fact dd").eachText()).contains("2.249.073,50 EUR");
        assertThat(next.selectFirst("html").attr("lang")).isEqualTo("ro");
        assertThat(next.selectFirst("h1").text()).isEqualTo("Parteneriatul");
        assertThat(next.select(".languages a[aria-current]").text()).isEqualTo("Română");
    }

    @Test
    void withoutAChoiceTheBrowserLanguageIsUsedWhenSupported() {
        assertThat(new PortalClient(port).get("/partners?lang=xx").document().selectFirst("html").attr("lang"))
                .isEqualTo("en");
    }

    @Test
    void thePartnersPageListsTheWholePartnership() {
        Document page = new PortalClient(port).get("/partners").document();

        assertThat(page.select(".card")).hasSize(22);
        assertThat(page.selectFirst(".card .card-title").text()).isEqualTo("Chamber of Commerce and Industry of Slovenia");
        assertThat(page.selectFirst(".card .badge-lead").text()).isEqualTo("Lead partner");
        assertThat(page.selectFirst(".result-count").text()).isEqualTo("22 organisations");
    }

    @Test
    void thePartnersPageFiltersByCountryAndRole() {
        PortalClient visitor = new PortalClient(port);

        Document romania = visitor.get("/partners?country=ro").document();
        Document associated = visitor.get("/partners?role=ASSOCIATED_STRATEGIC_PARTNER").document();
        Document none = visitor.get("/partners?country=MD&role=ASSOCIATED_STRATEGIC_PARTNER").document();

        assertThat(romania.select(".card-title").eachText())
                .containsExactly("West Regional Development Agency", "Municipality of Reșița");
        assertThat(romania.selectFirst("#country option[selected]").val()).isEqualTo("RO");
        assertThat(associated.select(".card")).hasSize(5);
        assertThat(none.selectFirst(".result-count").text()).isEqualTo("No organisations");
    }

    @Test
    void aPartnerPageShowsBothNamesWithTheirLanguage() {
        long resita = partners.findByNameEn("Municipality of Reșița").orElseThrow().getId();

        Document page = new PortalClient(port).get("/partners/" + resita).document();

        assertThat(page.selectFirst("h1").text()).isEqualTo("Municipality of Reșița");
        assertThat(page.selectFirst("dd[lang=ro]").text()).isEqualTo("Municipiul Reşiţa");
        assertThat(page.text()).contains("Vest", "RO42", "45.3008 N, 21.8869 E", "Municipality");
        assertThat(new PortalClient(port).get("/partners/" + resita + "?lang=ro").document().selectFirst("h1").text())
                .isEqualTo("Municipiul Reşiţa");
    }

    @Test
    void anUnknownPartnerGetsTheNotFoundPageInTheLayout() {
        Page page = new PortalClient(port).get("/partners/987654321");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text("h1")).isEqualTo("Page not found");
        assertThat(page.document().select("header .brand")).isNotEmpty();
        assertThat(page.body()).doesNotContain("Exception", "at eu.cinema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/partners/abc", "/partners/1e999", "/partners?role=NOT_A_ROLE",
            "/partners/%27%20OR%201=1--", "/partners?country=%3Cscript%3E"})
    void hostileAddressesGetAClearClientErrorAndNeverAStackTrace(String path) {
        Page page = new PortalClient(port).get(path);

        assertThat(page.status()).isBetween(200, 499);
        assertThat(page.body()).doesNotContain("Exception", "<script>");
        if (page.status() >= 400) {
            assertThat(page.document().select("header .brand")).isNotEmpty();
        }
    }
}
