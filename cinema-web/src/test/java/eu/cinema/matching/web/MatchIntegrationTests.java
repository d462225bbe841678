package eu.cinema.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.matching.ContactMessageRepository;
import eu.cinema.matching.ContactState;
import eu.cinema.region.CityRepository;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** Space matching over real HTTP on PostGIS: ranking, scores and their reasons, bad input, and writing to an owner. */
@PortalIntegrationTest
class MatchIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    CityRepository cities;

    @Autowired
    ContactMessageRepository messages;

    @Test
    void availableSitesAreRankedWithEveryPointOfTheScoreExplained() {
        Document resita = page("/match?cityId=" + city("Resita") + "&radiusKm=10&minAreaM2=100&maxAreaM2=2000&maxRent=4&use=SHOP_OR_SHOWROOM");
        Document kamnik = page("/match?cityId=" + city("Kamnik") + "&radiusKm=5&minAreaM2=100&maxRent=3.5");

        Element best = resita.selectFirst(".search-results li");
        assertThat(best.selectFirst(".card-title").text()).isEqualTo("Former department store on Bulevardul Republicii");
        assertThat(best.select("tbody td:first-child").eachText()).containsExactly("0.1 km from the centre of the search",
                "1800 m² fits your range", "3.00 EUR per m² is within your limit",
                "Suits Shop or showroom: Commercial or retail unit", "In fair condition", "Vacant: available now");
        assertThat(best.select("tbody td.number").eachText()).containsExactly("30 / 30", "20 / 20", "20 / 20", "9 / 10", "7 / 10", "10 / 10");
        assertThat(best.selectFirst(".badge").text()).isEqualTo("Score 96 of 100");
        assertThat(resita.text()).as("sites being revitalised are not available").doesNotContain("Hala Minda");

        // The small shop loses 3 points on size; the post office 3 on rent and 4 on being only partly free.
        assertThat(kamnik.select(".search-results .card-title").eachText())
                .containsExactly("Shop unit on Šutna", "Former post office");
        assertThat(kamnik.select(".search-results li").get(0).text()).contains("85 m² is smaller than you need");
        assertThat(kamnik.select(".search-results li").get(1).text())
                .contains("4.00 EUR per m² is above your limit", "Partly used: ask when space is free");
    }

    @Test
    void badSearchesGetAMessageBesideTheirField() {
        assertThat(page("/match?cityId=" + city("Resita") + "&radiusKm=0").text()).contains("Enter at least 0.1.");
        assertThat(page("/match?latitude=45&longitude=21&radiusKm=10000").selectFirst("#radiusKm-error").text()).isEqualTo("Enter at most 300.");
        assertThat(page("/match?radiusKm=10").selectFirst(".alert-error").text()).isEqualTo("Choose a city or give a point (latitude and longitude).");
        assertThat(page("/match?latitude=NaN&longitude=21&radiusKm=5").selectFirst("#latitude-error")).isNotNull();
        assertThat(page("/match?cityId=" + city("Resita") + "&minAreaM2=500&maxAreaM2=100").selectFirst("#maxAreaM2-error").text())
                .isEqualTo("The largest floor area cannot be smaller than the smallest.");
        assertThat(new PortalClient(port).get("/match?use=SPACESHIP&cityId=1").status()).isEqualTo(200);
    }

    @Test
    void aSeekersMessageIsStoredAndWaitsInTheOutboxWithoutAMailServer() {
        PortalClient seeker = new PortalClient(port);
        String contact = "/match/contact/2";
        long before = messages.count();

        Page noEmail = seeker.submit(seeker.get(contact), "form[action='" + contact + "']", Map.of("name", "Ana", "message", "Hello"));
        Page injected = seeker.submit(seeker.get(contact), "form[action='" + contact + "']",
                Map.of("name", "Ana\r\nBcc: victim@example.org", "email", "ana@example.org", "message", "Hello"));
        Page headerInEmail = seeker.submit(seeker.get(contact), "form[action='" + contact + "']",
                Map.of("name", "Ana", "email", "ana@example.org\nBcc: victim@example.org", "message", "Hello"));
        Page sent = seeker.submit(seeker.get(contact + "?needSummary=within+10+km"), "form[action='" + contact + "']",
                Map.of("name", "Ana Popescu", "email", "ana.private@example.org", "organisation", "Atelier A", "message", "We need 300 m²."));

        assertThat(noEmail.text("#email-error")).isEqualTo("Fill in this field.");
        assertThat(injected.text("#name-error")).isEqualTo("Use one line only.");
        assertThat(headerInEmail.text("#email-error")).isNotBlank();
        assertThat(messages.count()).isEqualTo(before + 1);
        assertThat(seeker.get(sent.location()).text("[role=status]")).startsWith("Your message is received.");
        assertThat(messages.findTop200ByOrderByCreatedAtDesc().get(0).getState()).isEqualTo(ContactState.WAITING);
        assertThat(new PortalClient(port).get("/sites/2").body()).doesNotContain("ana.private@example.org");
        assertThat(new PortalClient(port).get("/match/contact/987654").status()).isEqualTo(404);

        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        Document outbox = admin.get("/admin/outbox").document();
        assertThat(outbox.text()).contains("ana.private@example.org", "We need 300 m².", "within 10 km", "no mail server is configured");
        PortalClient municipality = new PortalClient(port);
        municipality.signIn("municipality@cinema.demo", PortalClient.DEMO_PASSWORD);
        assertThat(municipality.get("/admin/outbox").status()).isEqualTo(403);
    }

    private Document page(String path) {
        return new PortalClient(port).get(path).document();
    }

    private long city(String nameEn) {
        return cities.findFirstByNameEn(nameEn).orElseThrow().getId();
    }
}
