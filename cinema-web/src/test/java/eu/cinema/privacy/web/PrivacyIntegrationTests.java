package eu.cinema.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.HtmlChecker;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** An administrator exports and erases one person's data (GDPR), and nobody else may. */
@PortalIntegrationTest
class PrivacyIntegrationTests {

    static final String PERSON = "gdpr.person@example.org";

    @LocalServerPort
    int port;

    @Test
    void aPersonsDataIsFoundExportedAndErasedEverywhere() {
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        admin.submit(admin.get("/admin/accounts/new"), "form[action='/admin/accounts']", Map.of("email", PERSON,
                "displayName", "Gdpr Person", "password", "a long passphrase", "role", "ADMIN", "partnerId", ""));
        PortalClient seeker = new PortalClient(port);
        seeker.submit(seeker.get("/match/contact/2"), "form[action='/match/contact/2']",
                Map.of("name", "Gdpr Person", "email", "GDPR.Person@example.org", "message", "My private question"));

        Page foundPage = search(admin, "Gdpr.Person@Example.org");
        Document found = foundPage.document();
        Page export = admin.submit(search(admin, PERSON), "form[action='/admin/privacy/export']", Map.of());
        Page unconfirmed = admin.submit(search(admin, PERSON), "form[action='/admin/privacy/erase']", Map.of());
        Document refusal = admin.get(unconfirmed.location()).document();
        Page erased = admin.submit(search(admin, PERSON), "form[action='/admin/privacy/erase']", Map.of("confirmed", "true"));

        assertThat(found.select("main h2").eachText()).contains("Account", "Messages to site owners");
        HtmlChecker.assertValid("/admin/privacy, a person found", foundPage.body());
        assertThat(export.header("Content-Type")).startsWith("application/json");
        assertThat(export.header("Content-Disposition")).contains("personal-data.json");
        assertThat(export.body()).contains("\"" + PERSON + "\"", "My private question", "Gdpr Person");
        assertThat(refusal.select("[role=alert]").text()).isEqualTo("Confirm that you have checked the request before erasing.");
        assertThat(refusal.select("main h2").eachText()).as("the data is still shown").contains("Account");
        assertThat(erased.location()).as("the address never appears in a URL").isEqualTo("/admin/privacy");
        assertThat(admin.get(erased.location()).text("[role=status]")).isEqualTo("2 records erased or anonymised.");
        assertThat(search(admin, PERSON).text("main")).contains("The portal keeps nothing about this address.");
        assertThat(admin.get("/admin/outbox").body()).doesNotContain("My private question", PERSON);
        assertThat(new PortalClient(port).signIn(PERSON, "a long passphrase").location()).startsWith("/login");
    }

    @Test
    void administratorsCannotEraseThemselvesAndNobodyElseReachesThePage() {
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        Page self = admin.submit(search(admin, "admin@cinema.demo"), "form[action='/admin/privacy/erase']", Map.of("confirmed", "true"));
        String refusal = admin.get(self.location()).text("[role=alert]");
        Page blank = search(admin, " ");
        PortalClient partner = new PortalClient(port);
        partner.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);

        assertThat(refusal).isEqualTo("You cannot erase your own account while signed in with it.");
        assertThat(admin.get("/account").status()).isEqualTo(200);
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.document().select("main h2")).as("nothing is searched").isEmpty();
        assertThat(blank.text("[role=alert]")).isNotBlank();
        assertThat(partner.get("/admin/privacy").status()).isEqualTo(403);
        assertThat(partner.post("/admin/privacy/export", Map.of("_csrf", csrf(partner, "/account"), "email", "admin@cinema.demo")).status())
                .isEqualTo(403);
        PortalClient visitor = new PortalClient(port);
        assertThat(visitor.post("/admin/privacy/export", Map.of("_csrf", csrf(visitor, "/login"), "email", "x@example.org")).location())
                .endsWith("/login");
    }

    private static Page search(PortalClient admin, String email) {
        return admin.submit(admin.get("/admin/privacy"), "form[action='/admin/privacy']", Map.of("email", email));
    }

    private static String csrf(PortalClient client, String page) {
        return client.get(page).document().selectFirst("input[name=_csrf]").val();
    }
}
