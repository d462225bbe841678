package eu.cinema.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** Search on real PostgreSQL: diacritics, ranking, filters, escaped snippets, nothing unpublished, hostile queries. */
@PortalIntegrationTest
class SearchIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void resitaReșițaAndReşiţaFindTheSameAndKosiceFindsKošice() {
        List<String> plain = links("/search?q=Resita");
        List<String> comma = links("/search?q=Re%C8%99i%C8%9Ba");
        List<String> cedilla = links("/search?q=Re%C5%9Fi%C5%A3a");
        Document kosice = page("/search?q=Kosice&type=PILOT");

        assertThat(plain).contains("/partners/8").hasSizeGreaterThanOrEqualTo(4);
        assertThat(comma).isEqualTo(plain);
        assertThat(cedilla).isEqualTo(plain);
        assertThat(kosice.select(".search-results .card-title").eachText()).contains("Creative Center Košice");
        assertThat(kosice.select(".search-snippet mark").eachText()).contains("Košice");
    }

    @Test
    void titlesRankFirstAndFiltersNarrowByTypeAndCountry() {
        Document hala = page("/search?q=Hala+Minda");
        Document partners = page("/search?q=Kosice&type=PARTNER");
        Document romania = page("/search?q=Kosice&country=RO");

        assertThat(hala.select(".search-results .card-title").first().text()).startsWith("Hala Minda");
        assertThat(partners.select(".search-type").eachText()).isNotEmpty().allMatch("Partner"::equals);
        assertThat(romania.select(".search-results li")).isEmpty();
        assertThat(page("/search?q=Kosice&country=SK").select(".search-results li")).isNotEmpty();
    }

    @Test
    void unpublishedContentNeverAppearsAndSnippetsAreEscaped() {
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        String form = "form[action='/admin/recommendations']";
        admin.submit(admin.get("/admin/recommendations/new"), form, Map.of("title", "Quokkafy the centre", "level", "LOCAL",
                "topic", "GOVERNANCE", "text", "<script>alert(1)</script> Tom & Jerry <3 quokkafy every empty shop", "published", "true"));
        admin.submit(admin.get("/admin/recommendations/new"), form, Map.of("title", "Wombatize the centre", "level", "LOCAL",
                "topic", "GOVERNANCE", "text", "Not yet public: wombatize"));

        String published = new PortalClient(port).get("/search?q=quokkafy").body();
        Document hidden = page("/search?q=wombatize");
        Document draftPlan = page("/search?q=Planul+Hala+Minda&type=PLAN");

        // ts_headline drops what looks like a tag; what remains is escaped before the matches are marked.
        assertThat(published).contains("&lt;3 <mark>quokkafy</mark>").doesNotContain("<script>alert", "<3 <mark>");
        assertThat(hidden.select(".search-results li")).isEmpty();
        assertThat(draftPlan.select(".search-results .card-title").eachText()).noneMatch(t -> t.startsWith("Planul local"));
    }

    @Test
    void hostileAndEmptyQueriesGetAnAnswerNotAnError() {
        PortalClient visitor = new PortalClient(port);

        assertThat(visitor.get("/search").status()).isEqualTo(200);
        assertThat(visitor.get("/search?q=%27%3B+drop+table+site%3B+--").status()).isEqualTo(200);
        assertThat(visitor.get("/search?q=%22%29%28%21%26%7C%3A*%3C%3E").status()).isEqualTo(200);
        assertThat(visitor.get("/sites/1").status()).isEqualTo(200);
        assertThat(visitor.get("/search?q=" + "a".repeat(10_000)).status()).as("longer than any request line").isEqualTo(400);
        var tooLong = visitor.get("/search?q=" + "a".repeat(1_000));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.text("#q-error")).isEqualTo("Use at most 200 characters.");
        assertThat(visitor.get("/search?q=x&type=SPACESHIP").status()).isEqualTo(400);
    }

    private Document page(String path) {
        return new PortalClient(port).get(path).document();
    }

    private List<String> links(String path) {
        return page(path).select(".search-results .card-title a").eachAttr("href");
    }
}
