package eu.cinema.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** Every public page in each of the seven languages: its own bundle, the right lang, alternates, local numbers and plurals. */
@PortalIntegrationTest
class LanguagesIntegrationTests {

    static final List<String> PUBLIC_PAGES = List.of("/", "/partners", "/partners/1", "/map", "/map/empty-floor-space", "/pilots",
            "/pilots/1", "/dashboard", "/plans", "/plans/2", "/plans/2/versions/1", "/plans/2/compare?from=1&to=2", "/recommendations",
            "/recommendations/1", "/toolkit", "/toolkit/1", "/network", "/search?q=Resita", "/match?cityId=1&radiusKm=300",
            "/match/contact/2", "/sites/1", "/actors/1", "/sites/propose", "/login", "/ogcapi?f=html", "/ogcapi/collections?f=html",
            "/partners/987654", "/privacy", "/legal-notice", "/contact", "/accessibility", "/nonexistent-page", "/sites/proposals?reference=CINEMA-1");

    /** The home link in each language, from that language's own bundle. */
    static final Map<String, String> HOME = Map.of("en", "Home", "de", "Start", "ro", "Acasă", "sl", "Domov", "sk", "Domov",
            "bg", "Начало", "sr-Latn", "Početna");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "ro", "sl", "sk", "bg", "sr-Latn"})
    void everyPublicPageRendersInTheLanguageWithoutAMissingKey(String language) {
        PortalClient visitor = new PortalClient(port);
        for (String path : PUBLIC_PAGES) {
            Page page = visitor.get(path + (path.contains("?") ? "&" : "?") + "lang=" + language);
            Document document = page.document();

            assertThat(page.status()).as(path).isIn(200, 404);
            assertThat(page.body()).as("a missing message on " + path).doesNotContain("??");
            assertThat(document.selectFirst("html").attr("lang")).as(path).isEqualTo(language);
            assertThat(document.select(".main-nav a[href='/']").text()).as(path).isEqualTo(HOME.get(language));
            assertThat(document.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).as(path)
                    .containsExactly("en", "de", "ro", "sl", "sk", "bg", "sr-Latn");
        }
    }

    @Test
    void theBrowsersLanguageIsTakenUntilTheVisitorChoosesAndTheChoiceIsRemembered() {
        PortalClient visitor = new PortalClient(port);

        Page bulgarian = visitor.get("/", "text/html", Map.of("Accept-Language", "bg-BG,bg;q=0.9,en;q=0.5"));
        Page unknown = new PortalClient(port).get("/", "text/html", Map.of("Accept-Language", "ja"));
        visitor.get("/?lang=sk");
        Page remembered = visitor.get("/", "text/html", Map.of("Accept-Language", "bg"));

        assertThat(bulgarian.document().selectFirst("html").attr("lang")).isEqualTo("bg");
        assertThat(unknown.document().selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(remembered.document().selectFirst("html").attr("lang")).isEqualTo("sk");
    }

    @Test
    void moneyAndDatesFollowTheLanguageAndPluralsTheirRules() {
        Document english = new PortalClient(port).get("/plans/2?lang=en").document();
        Document german = new PortalClient(port).get("/plans/2?lang=de").document();
        Document slovenian = new PortalClient(port).get("/plans/2/versions/1?lang=sl").document();

        assertThat(english.text()).contains("175,000.00 EUR", "Feb 1, 2024");
        assertThat(german.text()).contains("175.000,00 EUR", "01.02.2024");
        assertThat(slovenian.text()).contains("1. feb. 2024");
        assertThat(new PortalClient(port).get("/partners?lang=sl").text(".result-count")).isEqualTo("22 organizacij");
        assertThat(new PortalClient(port).get("/partners?country=SK&lang=sl").text(".result-count")).isEqualTo("3 organizacije");
        assertThat(new PortalClient(port).get("/partners?country=AT&lang=sk").text(".result-count")).isEqualTo("4 organizácie");
        assertThat(new PortalClient(port).get("/partners?lang=sr-Latn").text(".result-count")).isEqualTo("22 organizacije");
    }
}
