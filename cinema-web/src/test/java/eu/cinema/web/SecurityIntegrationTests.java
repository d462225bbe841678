package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

@PortalIntegrationTest
class SecurityIntegrationTests {

    static final String ADMIN = "admin@cinema.demo";
    static final String PARTNER = "partner@cinema.demo";
    static final String MUNICIPALITY = "municipality@cinema.demo";

    @LocalServerPort
    int port;

    /** Route by role: null signs in nobody; the expected status or redirect target follows. */
    static Stream<Arguments> routesByRole() {
        return Stream.of(
                Arguments.of(null, "/", 200), Arguments.of(null, "/partners", 200),
                Arguments.of(null, "/partners/1", 200), Arguments.of(null, "/login", 200),
                Arguments.of(null, "/map", 200), Arguments.of(null, "/map/creative-industries", 200),
                Arguments.of(null, "/map/no-such-theme", 404), Arguments.of(null, "/sites/987654", 404),
                Arguments.of(null, "/admin", 302), Arguments.of(null, "/admin/accounts", 302),
                Arguments.of(null, "/admin/partners/1/edit", 302), Arguments.of(null, "/account", 302),
                Arguments.of(PARTNER, "/account", 200), Arguments.of(PARTNER, "/admin", 403),
                Arguments.of(PARTNER, "/admin/accounts", 403), Arguments.of(PARTNER, "/admin/partners/2/edit", 403),
                Arguments.of(MUNICIPALITY, "/account", 200), Arguments.of(MUNICIPALITY, "/admin", 403),
                Arguments.of(MUNICIPALITY, "/admin/accounts/new", 403),
                Arguments.of(ADMIN, "/admin", 200), Arguments.of(ADMIN, "/admin/accounts", 200),
                Arguments.of(ADMIN, "/admin/accounts/new", 200), Arguments.of(ADMIN, "/admin/partners/1/edit", 200),
                Arguments.of(ADMIN, "/account", 200),
                Arguments.of(null, "/plans", 200), Arguments.of(null, "/plans/2", 200), Arguments.of(null, "/plans/4", 404),
                Arguments.of(null, "/plans/new", 302), Arguments.of(null, "/plans/4/edit", 302),
                Arguments.of(PARTNER, "/plans/new", 403), Arguments.of(PARTNER, "/plans/4/edit", 403),
                Arguments.of(MUNICIPALITY, "/plans/new", 200), Arguments.of(MUNICIPALITY, "/plans/4", 200),
                Arguments.of(MUNICIPALITY, "/plans/4/edit", 200), Arguments.of(MUNICIPALITY, "/plans/2/edit", 403),
                Arguments.of(MUNICIPALITY, "/plans/4/actions/10/edit", 200), Arguments.of(MUNICIPALITY, "/plans/2/actions/5/edit", 403),
                Arguments.of(ADMIN, "/plans/2/edit", 200), Arguments.of(ADMIN, "/plans/new", 200),
                Arguments.of(null, "/toolkit", 200), Arguments.of(null, "/toolkit/1", 200), Arguments.of(null, "/toolkit/new", 302),
                Arguments.of(null, "/toolkit/1/edit", 302), Arguments.of(PARTNER, "/toolkit/new", 200),
                Arguments.of(PARTNER, "/toolkit/1/edit", 403), Arguments.of(ADMIN, "/toolkit/1/edit", 200),
                Arguments.of(null, "/network", 200), Arguments.of(null, "/search", 200), Arguments.of(null, "/match", 200),
                Arguments.of(null, "/match/contact/2", 200), Arguments.of(null, "/admin/outbox", 302),
                Arguments.of(PARTNER, "/admin/outbox", 403), Arguments.of(ADMIN, "/admin/outbox", 200),
                Arguments.of(null, "/recommendations", 200), Arguments.of(null, "/admin/recommendations/new", 302),
                Arguments.of(MUNICIPALITY, "/admin/recommendations/new", 403), Arguments.of(ADMIN, "/admin/recommendations/new", 200));
    }

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @MethodSource("routesByRole")
    void eachRoleReachesOnlyItsPages(String email, String path, int expectedStatus) {
        PortalClient visitor = new PortalClient(port);
        if (email != null) {
            assertThat(visitor.signIn(email, PortalClient.DEMO_PASSWORD).location()).isEqualTo("/workspace");
        }

        Page page = visitor.get(path);

        assertThat(page.status()).isEqualTo(expectedStatus);
        if (expectedStatus == 302) {
            assertThat(page.location()).isEqualTo("/login");
        }
        if (expectedStatus == 403) {
            assertThat(page.text("h1")).isEqualTo("Not allowed");
        }
    }

    @Test
    void statePostsAreRefusedForEditorsOnAdminRoutes() {
        PortalClient editor = new PortalClient(port);
        editor.signIn(PARTNER, PortalClient.DEMO_PASSWORD);
        String csrf = editor.get("/account").document().selectFirst("input[name=_csrf]").val();

        Page createAccount = editor.post("/admin/accounts", Map.of("_csrf", csrf, "email", "intruder@example.org",
                "displayName", "Intruder", "password", "a long passphrase", "role", "ADMIN"));
        Page editPartner = editor.post("/admin/partners/2", Map.of("_csrf", csrf, "nameEn", "Taken over"));

        assertThat(createAccount.status()).isEqualTo(403);
        assertThat(editPartner.status()).isEqualTo(403);
        assertThat(new PortalClient(port).signIn("intruder@example.org", "a long passphrase").location())
                .isEqualTo("/login?error");
    }

    @Test
    void anUnexpectedFailureShowsTheServerErrorPageWithoutDetails() {
        PortalClient admin = new PortalClient(port);
        admin.signIn(ADMIN, PortalClient.DEMO_PASSWORD);

        Page page = admin.get(FailingController.PATH);

        assertThat(page.status()).isEqualTo(500);
        assertThat(page.text("h1")).isEqualTo("Something went wrong on our side");
        assertThat(page.document().select("header .brand")).isNotEmpty();
        assertThat(page.body()).doesNotContain("IllegalStateException", "must not see", "at eu.cinema");
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() {
        PortalClient admin = new PortalClient(port);
        admin.signIn(ADMIN, PortalClient.DEMO_PASSWORD);

        Page page = admin.post("/admin/accounts", Map.of("email", "nocsrf@example.org", "displayName", "No token",
                "password", "a long passphrase", "role", "ADMIN"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).doesNotContain("Exception");
    }

    @Test
    void aSignInWithoutCsrfTokenIsRefused() {
        Page page = new PortalClient(port).post("/login", Map.of("username", PARTNER, "password", PortalClient.DEMO_PASSWORD));

        assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameMessage() {
        PortalClient visitor = new PortalClient(port);

        Page wrongPassword = visitor.signIn(MUNICIPALITY, "not the password");
        Page unknownEmail = visitor.signIn("nobody-" + System.nanoTime() + "@example.org", "not the password");

        assertThat(wrongPassword.location()).isEqualTo("/login?error");
        assertThat(unknownEmail.location()).isEqualTo("/login?error");
        assertThat(visitor.get("/login?error").text("[role=alert]"))
                .isEqualTo("The e-mail address or the password is not right.");
    }

    @Test
    void repeatedFailuresThrottleTheAccountEvenForTheRightPassword() {
        String email = "throttled-" + System.nanoTime() + "@example.org";
        PortalClient visitor = new PortalClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(visitor.signIn(email, "guess " + i).location()).isEqualTo("/login?error");
        }

        assertThat(visitor.signIn(email, "guess 6").location()).isEqualTo("/login?throttled");
        assertThat(visitor.get("/login?throttled").text("[role=alert]")).contains("wait 15 minutes");
        // Another account signs in from the same address undisturbed.
        assertThat(visitor.signIn(PARTNER, PortalClient.DEMO_PASSWORD).location()).isEqualTo("/workspace");
    }

    @Test
    void signingInChangesTheSessionIdentifier() {
        PortalClient visitor = new PortalClient(port);
        String before = sessionCookie(visitor.get("/login"));

        Page signedIn = visitor.signIn(PARTNER, PortalClient.DEMO_PASSWORD);

        assertThat(sessionCookie(signedIn)).isNotNull().isNotEqualTo(before);
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        Page page = new PortalClient(port).get("/");

        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        String cookie = new PortalClient(port).get("/login").header("Set-Cookie");

        assertThat(cookie).contains("CINEMA_SESSION", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void signingOutEndsTheSession() {
        PortalClient visitor = new PortalClient(port);
        visitor.signIn(PARTNER, PortalClient.DEMO_PASSWORD);

        Page signedOut = visitor.submit(visitor.get("/account"), "form[action='/logout']", Map.of());

        assertThat(signedOut.location()).isEqualTo("/?signedOut");
        assertThat(visitor.get("/account").location()).isEqualTo("/login");
    }

    private static String sessionCookie(Page page) {
        String header = page.header("Set-Cookie");
        if (header == null) {
            return null;
        }
        return Stream.of(header.split("[;,]\\s*")).filter(part -> part.startsWith("CINEMA_SESSION=")).findFirst().orElse(null);
    }
}
