package eu.cinema.web.pagecache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.SecondInstance;
import eu.cinema.web.RequestIds;
import eu.cinema.web.i18n.LanguageConfiguration;

/**
 * The anonymous page cache, on an instance configured as in production: anonymous visitors share a
 * kept page until a signed-in person changes something through this instance or another one;
 * signed-in visitors, other languages and pages with forms are never served someone else's copy.
 */
@PortalIntegrationTest
class AnonymousPageCacheIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    long partnerId;
    String website;

    @BeforeEach
    void rememberAPartner() {
        partnerId = jdbc.sql("SELECT min(id) FROM partner").query(Long.class).single();
        website = jdbc.sql("SELECT website FROM partner WHERE id = ?").param(partnerId).query(String.class).optional().orElse(null);
    }

    @AfterEach
    void restoreThePartner() {
        jdbc.sql("UPDATE partner SET website = ? WHERE id = ?").params(website, partnerId).update();
    }

    @Test
    void anonymousVisitorsShareThePageUntilSomeoneSignedInChangesSomethingThroughTheInstance() {
        String page = "/partners/" + partnerId;
        String before = website(new PortalClient(SecondInstance.port()).get(page));

        // A change the instance cannot see (another instance, a script): anonymous visitors keep the copy.
        jdbc.sql("UPDATE partner SET website = 'https://changed.example.org/' WHERE id = ?").param(partnerId).update();
        Page anonymous = new PortalClient(SecondInstance.port()).get(page);
        PortalClient admin = new PortalClient(SecondInstance.port());
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        Page signedIn = admin.get(page);
        new PortalClient(SecondInstance.port()).signIn("nobody@example.org", "not the password");
        Page afterSignIns = new PortalClient(SecondInstance.port()).get(page);
        startADraft(admin);
        Page afterAChange = new PortalClient(SecondInstance.port()).get(page);
        discardTheDraft(admin);

        assertThat(website(anonymous)).isEqualTo(before).isNotEqualTo("https://changed.example.org/");
        assertThat(website(signedIn)).as("signed-in visitors always see the current page").isEqualTo("https://changed.example.org/");
        assertThat(website(afterSignIns)).as("signing in, rightly or not, changes no page").isEqualTo(before);
        assertThat(website(afterAChange)).as("an administrator's change emptied the cache").isEqualTo("https://changed.example.org/");
    }

    @Test
    void aChangeThroughAnotherInstanceEmptiesTheCacheWithinMoments() {
        String page = "/partners/" + partnerId;
        new PortalClient(SecondInstance.port()).get(page);
        jdbc.sql("UPDATE partner SET website = 'https://elsewhere.example.org/' WHERE id = ?").param(partnerId).update();
        String keptBefore = website(new PortalClient(SecondInstance.port()).get(page));
        PortalClient adminOnTheOther = new PortalClient(port);
        adminOnTheOther.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);

        startADraft(adminOnTheOther);

        try {
            assertThat(keptBefore).isNotEqualTo("https://elsewhere.example.org/");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(website(new PortalClient(SecondInstance.port()).get(page))).isEqualTo("https://elsewhere.example.org/"));
        } finally {
            discardTheDraft(adminOnTheOther);
        }
    }

    @Test
    void aKeptPageIsServedInItsOwnLanguageWithTheSecurityHeadersAndItsOwnRequestId() {
        PortalClient visitor = new PortalClient(SecondInstance.port());
        visitor.get("/plans", "text/html", Map.of("Accept-Language", "de"));

        Page german = visitor.get("/plans", "text/html", Map.of("Accept-Language", "de"));
        Page english = visitor.get("/plans", "text/html", Map.of("Accept-Language", "en"));
        Page slovak = visitor.get("/plans", "text/html", Map.of("Accept-Language", "de", "Cookie", LanguageConfiguration.COOKIE + "=sk"));
        String firstId = visitor.get("/plans").header(RequestIds.HEADER);
        String secondId = visitor.get("/plans").header(RequestIds.HEADER);

        assertThat(german.document().select("html").attr("lang")).isEqualTo("de");
        assertThat(german.header("Content-Language")).isEqualTo("de");
        assertThat(german.header("Content-Security-Policy")).contains("default-src 'self'");
        assertThat(german.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(english.document().select("html").attr("lang")).isEqualTo("en");
        assertThat(slovak.document().select("html").attr("lang")).isEqualTo("sk");
        assertThat(firstId).isNotEqualTo(secondId);
    }

    @Test
    void aPageWithAFormIsNeverShared() {
        Page first = new PortalClient(SecondInstance.port()).get("/sites/propose");
        Page second = new PortalClient(SecondInstance.port()).get("/sites/propose");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.header("Set-Cookie")).as("each visitor gets a session of their own").isNotNull();
        assertThat(csrfToken(second)).isNotEmpty().isNotEqualTo(csrfToken(first));
    }

    /** A change by a signed-in person: a new draft of a published plan. */
    private void startADraft(PortalClient admin) {
        long plan = districtSix();
        admin.submit(admin.get("/plans/" + plan + "/edit"), "form[action='/plans/" + plan + "/drafts']", Map.of());
    }

    private void discardTheDraft(PortalClient admin) {
        admin.submit(admin.get("/plans/" + districtSix() + "/edit"), "form[action$='/discard']", Map.of());
    }

    private long districtSix() {
        return jdbc.sql("SELECT plan_id FROM plan_version WHERE title LIKE 'District 6%' LIMIT 1").query(Long.class).single();
    }

    private static String website(Page partner) {
        return partner.document().select("a[rel=noopener]").attr("href");
    }

    private static String csrfToken(Page page) {
        return page.document().select("input[name=_csrf]").attr("value");
    }
}
