package eu.cinema.legal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.web.HtmlChecker;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * The pages every public portal owes, in every language, with what the portal knows filled in and what administrators
 * write per language; the accessibility feedback that reaches the administrators; 404 for every unknown address.
 */
@PortalIntegrationTest
class LegalPagesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @CsvSource({"en, Privacy notice, Accessibility statement", "de, Datenschutzerklärung, Erklärung zur Barrierefreiheit",
        "ro, Notă de informare privind datele personale, Declarație de accesibilitate", "sl, Obvestilo o varstvu osebnih podatkov, Izjava o dostopnosti",
        "sk, Vyhlásenie o ochrane osobných údajov, Vyhlásenie o prístupnosti", "bg, Декларация за поверителност, Декларация за достъпност",
        "sr-Latn, Obaveštenje o zaštiti podataka o ličnosti, Izjava o pristupačnosti"})
    void everyLegalPageIsLinkedFromTheFooterInEveryLanguage(String language, String privacy, String accessibility) {
        PortalClient visitor = new PortalClient(port);
        Document home = visitor.get("/?lang=" + language).document();

        assertThat(home.select(".site-footer a").eachAttr("href")).contains("/privacy", "/legal-notice", "/contact", "/accessibility");
        assertThat(home.select(".site-footer a[href='/privacy']").text()).isEqualTo(privacy);
        assertThat(home.select(".site-footer a[href^='https://www.interreg-danube.eu'] img").attr("alt")).isNotBlank();
        for (String path : new String[] {"/privacy", "/legal-notice", "/contact", "/accessibility"}) {
            Page page = visitor.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.body()).as("a missing message on " + path).doesNotContain("??");
            HtmlChecker.assertValid(path + " in " + language, page.body());
        }
        assertThat(visitor.get("/privacy").text("h1")).isEqualTo(privacy);
        assertThat(visitor.get("/accessibility").text("h1")).isEqualTo(accessibility);
    }

    @Test
    void thePrivacyNoticeStatesEveryKindOfDataWithTheConfiguredRetention() {
        Document notice = new PortalClient(port).get("/privacy").document();

        assertThat(notice.select("tbody th").eachText()).contains("Account", "Proposed sites", "Messages to site owners",
                "Files uploaded for a site import", "Feedback on accessibility");
        assertThat(row(notice, "Proposed sites")).contains("90 days");
        assertThat(row(notice, "Messages to site owners")).contains("180 days");
        assertThat(row(notice, "Files uploaded for a site import")).contains("24 hours");
        assertThat(notice.text()).contains("Chamber of Commerce and Industry of Slovenia", "proiecte@primariaresita.ro");
    }

    @Test
    void theContactPageNamesTheProjectManagerAndTheLeadPartner() {
        Document contact = new PortalClient(port).get("/contact?lang=de").document();

        assertThat(contact.text()).contains("Sorin Dumitru", "+40 722 302 175", "Lead-Partner", "Slowenien");
        assertThat(contact.select("a[href^='tel:']").attr("href")).isEqualTo("tel:+40722302175");
    }

    @Test
    void administratorsWriteEachLanguagesTextAndReadersWithoutOneGetTheEnglishMarkedAsSuch() {
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        Page form = admin.get("/admin/pages/legal-notice/en");
        Page saved = admin.submit(form, "main form", Map.of("body",
                "## Registered office\n\nDimičeva 13, 1504 Ljubljana <script>alert(1)</script> [site](javascript:alert(1))"));
        admin.submit(admin.get("/admin/pages/legal-notice/de"), "main form", Map.of("body", "## Sitz\n\nDimičeva 13, Laibach"));

        Document english = new PortalClient(port).get("/legal-notice?lang=en").document();
        Document german = new PortalClient(port).get("/legal-notice?lang=de").document();
        Document romanian = new PortalClient(port).get("/legal-notice?lang=ro").document();

        assertThat(saved.location()).isEqualTo("/admin/pages");
        HtmlChecker.assertValid("/admin/pages/legal-notice/en", form.body());
        assertThat(english.select(".legal-text h2").text()).isEqualTo("Registered office");
        assertThat(english.select(".legal-text script")).as("markup is shown as typed, never run").isEmpty();
        assertThat(english.select(".legal-text").text()).contains("<script>alert(1)</script>");
        assertThat(english.select(".legal-text a").attr("href")).doesNotStartWith("javascript");
        assertThat(german.select(".legal-text").attr("lang")).isEqualTo("de");
        assertThat(german.select(".legal-text h2").text()).isEqualTo("Sitz");
        assertThat(romanian.select(".legal-text").attr("lang")).isEqualTo("en");
        assertThat(romanian.select(".legal-text .alert").text()).isEqualTo("Acest text există doar în engleză.");
        assertThat(admin.get("/admin/pages").text("main")).contains("Legal notice", "Deutsch", "No text yet");
    }

    @Test
    void onlyAdministratorsEditTheTextsAndAnUnknownPageOrLanguageIsNotFound() {
        PortalClient editor = new PortalClient(port);
        editor.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);

        assertThat(editor.get("/admin/pages/privacy/en").status()).isEqualTo(403);
        assertThat(admin.get("/admin/pages/imprint/en").status()).isEqualTo(404);
        assertThat(admin.get("/admin/pages/privacy/xx").status()).isEqualTo(404);
        Page tooLong = admin.submit(admin.get("/admin/pages/privacy/en"), "main form", Map.of("body", "a".repeat(20_001)));
        assertThat(tooLong.text(".field-error")).isEqualTo("The text is too long: at most 20,000 characters.");
        assertThat(jdbc.sql("SELECT count(*) FROM legal_text WHERE page = 'PRIVACY'").query(Long.class).single()).isZero();
    }

    @Test
    void accessibilityFeedbackIsKeptForTheAdministratorsAndBadInputIsExplained() {
        PortalClient visitor = new PortalClient(port);
        Page empty = visitor.submit(visitor.get("/accessibility"), "form[action='/accessibility']", Map.of("message", " "));
        Page badAddress = visitor.submit(visitor.get("/accessibility"), "form[action='/accessibility']",
                Map.of("message", "x", "email", "not an address"));
        Page sent = visitor.submit(visitor.get("/accessibility?lang=sk"), "form[action='/accessibility']", Map.of("message",
                "The map legend is not read out", "pageAddress", "/map", "name", "Jana", "email", "jana@example.org"));
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        Document list = admin.get("/admin/feedback").document();

        assertThat(empty.document().select("#message-error").text()).isNotBlank();
        assertThat(badAddress.document().select("#email-error").text()).isNotBlank();
        assertThat(sent.location()).isEqualTo("/accessibility");
        assertThat(visitor.get("/accessibility").text("[role=status]")).isEqualTo("Ďakujeme: vaša pripomienka sa dostala k administrátorom.");
        assertThat(list.text()).contains("The map legend is not read out", "jana@example.org", "/map");
        assertThat(list.selectFirst("main [lang=sk]").text()).isEqualTo("The map legend is not read out");
        assertThat(new PortalClient(port).get("/admin/feedback").location()).isEqualTo("/login");
    }

    @Test
    void unknownAddressesAreNotFoundForEveryVisitorWhilePrivatePagesStillAskToSignIn() {
        PortalClient visitor = new PortalClient(port);
        PortalClient editor = new PortalClient(port);
        editor.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);

        for (String path : new String[] {"/nonexistent-page", "/about", "/sites/1/nothing-here", "/admin-tools"}) {
            Page anonymous = visitor.get(path);
            assertThat(anonymous.status()).as(path).isEqualTo(404);
            assertThat(anonymous.text("h1")).as(path).isEqualTo("Page not found");
            assertThat(editor.get(path).status()).as(path).isEqualTo(404);
        }
        assertThat(visitor.get("/account").location()).isEqualTo("/login");
        assertThat(visitor.get("/sites/1/edit").location()).isEqualTo("/login");
        assertThat(visitor.get("/actuator/env").status()).as("the actuator's own refusal").isEqualTo(401);
    }

    private static String row(Document notice, String kind) {
        return notice.select("tbody tr").stream().filter(row -> row.selectFirst("th").text().equals(kind)).findFirst()
                .orElseThrow().text();
    }
}
