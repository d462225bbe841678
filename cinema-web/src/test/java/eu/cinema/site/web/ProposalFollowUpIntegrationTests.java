package eu.cinema.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.web.HtmlChecker;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.WithMailServer;

/**
 * A proposal is followed up: its country is checked against its point, its city matched to the gazetteer, its
 * proposer given a reference and told the outcome by e-mail in their language; its moderator sees the sites nearby,
 * corrects it, publishes it for their organisation (which then keeps it up) or rejects it as a duplicate.
 */
class ProposalFollowUpIntegrationTests extends WithMailServer {

    static final String FORM = SiteProposalIntegrationTests.FORM;
    /** Former barracks hall, Košice (demo data): a proposal 110 m north of it may be the same site. */
    static final String NEAR_BARRACKS_LATITUDE = "48.7128";
    static final String NEAR_BARRACKS_LONGITUDE = "21.2497";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** Other classes in this context propose sites from the same address; the hourly limit is not what is tested here. */
    @BeforeEach
    void forgetEarlierProposals() {
        jdbc.sql("DELETE FROM shared_counter WHERE key LIKE 'site-proposal%'").update();
    }

    @Test
    void aProposalGetsAReferenceIsCorrectedAndPublishedForTheModeratorsOrganisationAndItsProposerIsTold() throws Exception {
        String name = "Empty cinema hall " + System.nanoTime();
        String email = "finder." + System.nanoTime() + "@example.org";
        PortalClient visitor = new PortalClient(port);
        Map<String, String> values = SiteProposalIntegrationTests.proposal(name, "SK", NEAR_BARRACKS_LATITUDE, NEAR_BARRACKS_LONGITUDE);
        values.put("cityName", "kosice");
        values.put("contactEmail", email);
        Page sent = visitor.submitMultipart(visitor.get("/sites/propose?lang=de"), FORM, values, null, null, null);
        Document thanks = visitor.get(sent.location()).document();
        long id = idOf(name);
        String reference = "CINEMA-" + id;

        assertThat(thanks.select("[role=status] .reference").text()).isEqualTo(reference);
        MimeMessage receipt = mailTo(email, reference);
        assertThat(receipt.getSubject()).isEqualTo("CINEMA: Ihr Vorschlag " + reference);
        assertThat((String) receipt.getContent()).contains("Danke", name, "/sites/proposals?reference=" + reference);
        assertThat(new PortalClient(port).get("/sites/proposals?lang=en&reference=" + reference.toLowerCase()).text("[role=status]"))
                .startsWith("Proposal " + reference + ", made on ").endsWith("is waiting for a moderator.");
        assertThat(jdbc.sql("SELECT city_name || '|' || city_as_entered FROM site WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo("Košice|kosice");

        PortalClient moderator = new PortalClient(port);
        moderator.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);
        Document queue = moderator.get("/moderation").document();
        String item = queue.select("li.queue-item").stream().filter(li -> li.text().contains(name)).findFirst().orElseThrow().text();
        assertThat(item).contains(reference, "Former barracks hall", "111 m", "kosice");
        long waiting = jdbc.sql("SELECT count(*) FROM site WHERE publication = 'PROPOSED' AND country_code = 'SK'").query(Long.class).single();
        assertThat(queue.select(".main-nav a[href='/moderation'] .nav-count [aria-hidden]").text()).isEqualTo(String.valueOf(waiting));
        assertThat(queue.select(".main-nav a[href='/moderation'] .nav-count .visually-hidden").text())
                .isEqualTo("(" + waiting + (waiting == 1 ? " proposal waiting)" : " proposals waiting)"));

        Page form = moderator.get("/sites/" + id + "/edit");
        assertThat(form.status()).as("a moderator corrects a proposal before publishing it").isEqualTo(200);
        moderator.submitAsShown(form, "form[action='/sites/" + id + "']", Map.of("name", name + " (corrected)"));
        Page published = moderator.submit(moderator.get("/moderation"),
                "form[action='/moderation/sites/" + id + "/publish']", Map.of());

        assertThat(published.location()).isEqualTo("/moderation");
        Document page = new PortalClient(port).get("/sites/" + id).document();
        assertThat(page.select("h1").text()).isEqualTo(name + " (corrected)");
        assertThat(page.text()).contains("Creative Industry Košice");
        assertThat(moderator.get("/sites/" + id + "/edit").status()).as("their organisation keeps it up now").isEqualTo(200);
        MimeMessage outcome = mailTo(email, "ist auf der Karte");
        assertThat(new PortalClient(port).get("/sites/proposals?lang=en&reference=" + reference).document()
                .select("[role=status] a").attr("href")).isEqualTo("/sites/" + id);
        assertThat((String) outcome.getContent()).contains(reference, "/sites/" + id);
    }

    @Test
    void aDuplicateIsRejectedWithALinkToTheSiteAlreadyOnTheMap() throws Exception {
        String name = "Barracks again " + System.nanoTime();
        String email = "twice." + System.nanoTime() + "@example.org";
        PortalClient visitor = new PortalClient(port);
        Map<String, String> values = SiteProposalIntegrationTests.proposal(name, "SK", NEAR_BARRACKS_LATITUDE, NEAR_BARRACKS_LONGITUDE);
        values.put("contactEmail", email);
        visitor.submitMultipart(visitor.get("/sites/propose?lang=en"), FORM, values, null, null, null);
        long id = idOf(name);
        long barracks = jdbc.sql("SELECT id FROM site WHERE name = 'Former barracks hall'").query(Long.class).single();
        PortalClient moderator = new PortalClient(port);
        moderator.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);

        Page rejected = moderator.submit(moderator.get("/moderation"),
                "form[action='/moderation/sites/" + id + "/duplicate-of/" + barracks + "']", Map.of());

        assertThat(moderator.get(rejected.location()).text("[role=status]")).isNotBlank();
        assertThat(jdbc.sql("SELECT publication FROM site WHERE id = ?").param(id).query(String.class).single()).isEqualTo("REJECTED");
        MimeMessage outcome = mailTo(email, "was not published");
        assertThat(outcome.getSubject()).isEqualTo("CINEMA: your proposal CINEMA-" + id + " was not published");
        assertThat((String) outcome.getContent()).contains("Former barracks hall", "/sites/" + barracks);
    }

    @Test
    void aPointInAnotherCountryThanTheOneChosenIsExplainedAndNothingIsKept() {
        String name = "Wrong country " + System.nanoTime();
        PortalClient visitor = new PortalClient(port);
        Map<String, String> values = SiteProposalIntegrationTests.proposal(name, "SK", "45.3", "21.9");

        Page page = visitor.submitMultipart(visitor.get("/sites/propose"), FORM, values, null, null, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#countryCode-error")).isEqualTo("The point lies in Romania, not in Slovakia: choose the right country or move the point.");
        assertThat(jdbc.sql("SELECT count(*) FROM site WHERE name = ?").param(name).query(Long.class).single()).isZero();
    }

    @Test
    void aProposalNamesItsKindItselfAndAPointInTheSeaIsInNoCountry() {
        PortalClient visitor = new PortalClient(port);
        Map<String, String> values = SiteProposalIntegrationTests.proposal("No kind " + System.nanoTime(), "RO", "43.5", "31.0");
        values.remove("kind");

        Document form = visitor.get("/sites/propose").document();
        Page page = visitor.submitMultipart(visitor.get("/sites/propose"), FORM, values, null, null, null);

        assertThat(form.select("#kind option[selected]").val()).as("no kind is chosen for the proposer").isEmpty();
        assertThat(page.text("#kind-error")).isNotBlank();
        values.put("kind", "COMMERCIAL_UNIT");
        Page sea = visitor.submitMultipart(visitor.get("/sites/propose"), FORM, values, null, null, null);
        assertThat(sea.text("#countryCode-error")).startsWith("The point lies neither in Romania nor");
    }

    @Test
    void aReferenceThatIsNoneOrThatNobodyWasGivenIsExplained() {
        PortalClient visitor = new PortalClient(port);

        Page malformed = visitor.get("/sites/proposals?lang=en&reference=" + "x".repeat(50));
        Page unknown = visitor.get("/sites/proposals?lang=en&reference=CINEMA-999999999");
        Page control = visitor.get("/sites/proposals?reference=CINEMA-1%01");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.text("#reference-error")).isEqualTo("A reference looks like CINEMA-123.");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("#reference-error")).startsWith("No proposal has this reference.");
        assertThat(control.status()).isEqualTo(400);
        HtmlChecker.assertValid("/sites/proposals, unknown", unknown.body());
    }

    private long idOf(String name) {
        return jdbc.sql("SELECT id FROM site WHERE name = ?").param(name).query(Long.class).single();
    }
}
