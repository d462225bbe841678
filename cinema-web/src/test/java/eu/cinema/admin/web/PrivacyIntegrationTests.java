package eu.cinema.admin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

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

        Document found = admin.get("/admin/privacy?email=Gdpr.Person@Example.org").document();
        Page export = admin.get("/admin/privacy/export?email=" + PERSON, "application/json");
        Page unconfirmed = admin.submit(admin.get("/admin/privacy?email=" + PERSON), "form[action='/admin/privacy/erase']", Map.of());
        String refusal = admin.get(unconfirmed.location()).text("[role=alert]");
        Page erased = admin.submit(admin.get("/admin/privacy?email=" + PERSON), "form[action='/admin/privacy/erase']",
                Map.of("confirmed", "true"));

        assertThat(found.select("main h2").eachText()).contains("Account", "Messages to site owners");
        assertThat(export.header("Content-Disposition")).contains("personal-data.json");
        assertThat(export.body()).contains("\"" + PERSON + "\"", "My private question", "Gdpr Person");
        assertThat(refusal).isEqualTo("Confirm that you have checked the request before erasing.");
        assertThat(admin.get(erased.location()).text("[role=status]")).isEqualTo("2 records erased or anonymised.");
        assertThat(admin.get("/admin/privacy?email=" + PERSON).text("main")).contains("The portal keeps nothing about this address.");
        assertThat(admin.get("/admin/outbox").body()).doesNotContain("My private question", PERSON);
        assertThat(new PortalClient(port).signIn(PERSON, "a long passphrase").location()).startsWith("/login");
    }

    @Test
    void administratorsCannotEraseThemselvesAndNobodyElseReachesThePage() {
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        Page self = admin.submit(admin.get("/admin/privacy?email=admin@cinema.demo"), "form[action='/admin/privacy/erase']",
                Map.of("confirmed", "true"));
        PortalClient partner = new PortalClient(port);
        partner.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);

        assertThat(admin.get(self.location()).text("[role=alert]")).isEqualTo("You cannot erase your own account while signed in with it.");
        assertThat(admin.get("/account").status()).isEqualTo(200);
        assertThat(partner.get("/admin/privacy?email=admin@cinema.demo").status()).isEqualTo(403);
        assertThat(new PortalClient(port).get("/admin/privacy/export?email=x@example.org").status()).isEqualTo(302);
    }
}
