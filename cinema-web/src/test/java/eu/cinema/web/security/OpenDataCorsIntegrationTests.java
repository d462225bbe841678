package eu.cinema.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * A map application on another site reads the open data from a browser: preflight answered, any origin allowed,
 * never with credentials; the portal's pages and forms are not shared. HEAD is answered wherever GET is.
 */
@PortalIntegrationTest
class OpenDataCorsIntegrationTests {

    private static final String ELSEWHERE = "https://maps.example.org";

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/api/layers/sites", "/api/layers/actors.csv", "/ogcapi", "/ogcapi/collections/sites/items",
            "/tiles/sites/0/0/0.mvt", "/pilots/feed.atom", "/plans/feed.atom"})
    void openDataIsReadableFromAnyOriginWithoutCredentials(String path) {
        PortalClient browser = new PortalClient(port).header("Origin", ELSEWHERE);

        Page preflight = new PortalClient(port).header("Origin", ELSEWHERE).header("Access-Control-Request-Method", "GET")
                .raw("OPTIONS", path, null);
        Page data = browser.get(path, "*/*");
        Page head = browser.raw("HEAD", path, null);

        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET");
        assertThat(data.status()).isEqualTo(200);
        assertThat(data.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(data.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/map", "/sites/1", "/login", "/sites/propose"})
    void pagesAndFormsAreNotSharedAcrossOriginsButAnswerHead(String path) {
        PortalClient browser = new PortalClient(port).header("Origin", ELSEWHERE);

        Page page = browser.get(path);
        Page head = new PortalClient(port).raw("HEAD", path, null);

        assertThat(page.header("Access-Control-Allow-Origin")).isNull();
        assertThat(head.status()).isEqualTo(200);
    }
}
