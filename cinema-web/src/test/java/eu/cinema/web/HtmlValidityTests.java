package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.HtmlChecker;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** Every page, public and administrative, is valid HTML in every language. */
@PortalIntegrationTest
class HtmlValidityTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?lang=ro", "/partners", "/partners?country=RO&role=PROJECT_PARTNER&lang=ro",
            "/partners/1", "/partners/2?lang=ro", "/login", "/login?error", "/login?throttled", "/partners/987654", "/map", "/map?lang=ro&layer=sites&country=RO",
            "/map/empty-floor-space", "/map/retail-and-small-business", "/map/creative-industries?lang=ro",
            "/pilots", "/pilots?kind=CI_SUPPORT_CENTRE&lang=ro", "/pilots/1", "/pilots/6?lang=ro", "/dashboard",
            "/dashboard?lang=ro", "/plans", "/plans?lang=ro&theme=EMPTY_FLOOR_SPACE", "/plans/2", "/plans/2/versions/1?lang=ro",
            "/plans/2/compare?from=1&to=2", "/plans/4", "/plans/3", "/plans/3/consultation", "/plans/3/consultation?lang=sl",
            "/recommendations", "/recommendations/1?lang=ro",
            "/toolkit", "/toolkit?group=START_UP&lang=ro", "/toolkit/1", "/toolkit/4?lang=ro", "/search", "/search?q=Resita",
            "/search?q=Kosice&lang=ro", "/network", "/network?segment=BUSINESS&lang=ro", "/match", "/match?cityId=1&radiusKm=300&use=EVENTS_OR_CULTURE",
            "/match?radiusKm=0&lang=ro", "/match/contact/2", "/match/contact/2?lang=ro", "/match/contact/2/sent",
            "/sites/1", "/sites/2?lang=ro", "/actors/1", "/actors/2?lang=ro", "/sites/propose", "/sites/propose?lang=ro",
            "/follow", "/follow?lang=de", "/follow?target=plan:2", "/follow?target=layer:sites&lang=ro",
        "/nonexistent-page", "/nonexistent-page?lang=bg"})
    void publicPagesAreValid(String path) {
        Page page = new PortalClient(port).get(path);

        assertThat(page.status()).isIn(200, 404);
        HtmlChecker.assertValid(path, page.body());
    }

    /** Refused by the portal (a control character) and by Tomcat itself (an encoded NUL in the path), in two languages. */
    @ParameterizedTest
    @ValueSource(strings = {"/search?q=a%00b", "/search?q=a%00b&lang=ro", "/sites/%00"})
    void errorPagesAreValid(String path) {
        Page page = new PortalClient(port).get(path);

        assertThat(page.status()).isEqualTo(400);
        HtmlChecker.assertValid(path, page.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account", "/workspace", "/admin", "/admin/accounts", "/admin/accounts/new", "/admin/accounts/1/edit",
            "/admin/partners/1/edit", "/admin/partners/3/edit?lang=ro", "/moderation", "/moderation?lang=ro",
            "/sites/new", "/sites/1/edit", "/actors/new", "/actors/1/edit?lang=ro", "/sites/import",
            "/admin/roadmaps/empty-floor-space/edit", "/admin/roadmaps/creative-industries/edit?lang=ro",
            "/pilots/new", "/pilots/1/edit", "/pilots/6/edit?lang=ro", "/plans/new", "/plans/4/edit", "/plans/2/edit?lang=ro",
            "/plans/4/actions/10/edit", "/plans/4/actions/new", "/admin/recommendations/new", "/admin/recommendations/1/edit", "/toolkit/new", "/toolkit/1/edit", "/admin/outbox", "/admin/privacy", "/actors/1/edit",
            "/toolkit/2/edit?lang=ro", "/plans/4?lang=ro", "/reports", "/reports?lang=ro", "/admin/reporting-periods",
            "/admin/reporting-periods/1?lang=de", "/plans/3/consultation/manage", "/plans/3/consultation/manage?lang=bg",
            "/plans/4/versions/1/consultation", "/plans/3/edit", "/pilots/6/reports/3", "/pilots/6/reports/2?lang=ro", "/pilots/6/milestones/19",
            "/translations", "/translations?lang=sk", "/translations/pilot/6?to=de", "/translations/tool/2?to=ro&lang=de",
            "/translations/recommendation/1?to=en&lang=bg", "/recommendations/2?lang=sk", "/toolkit/3?lang=sl"})
    void administratorsPagesAreValid(String path) {
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        Page page = admin.get(path);

        assertThat(page.status()).isEqualTo(200);
        HtmlChecker.assertValid(path, page.body());
    }
}
