package eu.cinema.network.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * Organisations as people read them: names with their diacritics, each organisation once in the network with every
 * role it has, associated strategic partners called so, a partner's page that says what it does in the project, and
 * recommendation cards with a summary and their countries named and separated.
 */
@PortalIntegrationTest
class OrganisationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void partnersAreNamedWithTheirDiacritics() {
        String partners = new PortalClient(port).get("/partners?lang=en").text("main");

        assertThat(partners).contains("Creative Industry Košice", "Municipality of Reșița", "Municipality of Bălți",
                "Regional Development Agency Bačka", "Košice Self-Governing Region").doesNotContain("Kosice", "Resita", "Balti");
    }

    @Test
    void anOrganisationThatIsPartnerAndActorIsOneEntryWithBothRolesAndRolesAreNamedRight() {
        Document network = new PortalClient(port).get("/network?lang=en").document();

        assertThat(network.select(".card-title a").eachText()).containsOnlyOnce("Creative Industry Košice");
        assertThat(badges(network, "Creative Industry Košice")).contains("Project partner", "Non-governmental organisation",
                "Hub or co-working space");
        assertThat(badges(network, "City of Linz")).contains("Associated strategic partner").doesNotContain("Project partner");
        assertThat(badges(network, "Chamber of Commerce and Industry of Slovenia")).contains("Lead partner");
        assertThat(network.select(".card-title a").eachText()).doesNotHaveDuplicates();
    }

    @Test
    void aPartnersPageSaysWhatItDoesInTheProject() {
        long kosice = jdbc.sql("SELECT id FROM partner WHERE name_en = 'Creative Industry Košice'").query(Long.class).single();
        Document page = new PortalClient(port).get("/partners/" + kosice + "?lang=en").document();

        assertThat(page.select("#pilots-heading + ul").text()).contains("Creative Center Košice", "leads it");
        assertThat(page.select("#sites-heading").text()).isEqualTo("Sites it keeps up (" + jdbc.sql(
                "SELECT count(*) FROM site WHERE owner_partner_id = ? AND publication = 'PUBLISHED'").param(kosice).query(Long.class)
                .single() + ")");
        assertThat(page.select("#tools-heading + ul").text()).contains("Business model canvas for creative centres");
        assertThat(page.select(".details").text()).contains("Also a creative actor", "Hub or co-working space");
        assertThat(page.select("#plans-heading").text()).isEqualTo("Local action plans (0)");
    }

    @Test
    void recommendationCardsHaveASummaryAndTheirCountriesSeparated() {
        Document list = new PortalClient(port).get("/recommendations?lang=en").document();

        Element card = list.select(".card").stream().filter(c -> c.select(".card-place").text().contains(", ")).findFirst()
                .orElseThrow();
        assertThat(card.select("p[lang]").text()).isNotBlank().hasSizeLessThanOrEqualTo(241);
        assertThat(card.select(".card-place").text()).matches("[A-Z][a-z]+(, [A-Z][a-z]+)+");
    }

    private static String badges(Document network, String name) {
        return network.select(".card").stream().filter(card -> card.select(".card-title").text().equals(name)).findFirst()
                .orElseThrow().select(".badges").text();
    }
}
