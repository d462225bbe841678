package eu.cinema.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.sun.net.httpserver.HttpServer;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * The open data as a map application on another site reads it, in a real browser: a page served from another
 * origin (a second port) fetches the portal's GeoJSON, which CORS allows, and a page of the portal, which it does
 * not. And the open-data page itself, on a phone and a desktop.
 */
@PortalIntegrationTest
class OpenDataBrowserTests {

    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then(r => r.text()).then(t => done('read ' + t.length + ' ' + t.substring(0, 40)),
                e => done('refused ' + e.name));""";

    static Browser browser;
    static HttpServer elsewhere;

    @LocalServerPort
    int port;

    @BeforeAll
    static void start(@LocalServerPort int port) throws IOException {
        browser = Browser.forPortal(port);
        elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        elsewhere.createContext("/", exchange -> {
            // An image without a text alternative, for the accessibility engine's own check below.
            byte[] page = "<!DOCTYPE html><html lang=en><title>Another site</title><p>A map elsewhere</p><img src=/map.png>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        elsewhere.start();
    }

    @AfterAll
    static void stop() {
        elsewhere.stop(0);
        browser.close();
    }

    @Test
    void aPageOfAnotherSiteReadsTheGeoJsonButNotThePortalsPages() {
        browser.openElsewhere("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/");

        Object data = browser.runAsync(FETCH, "http://localhost:" + port + "/api/layers/sites?limit=2");
        Object catalogue = browser.runAsync(FETCH, "http://localhost:" + port + "/catalog.jsonld");
        Object page = browser.runAsync(FETCH, "http://localhost:" + port + "/account");

        assertThat(data).asString().startsWith("read ").contains("{\"type\":\"FeatureCollection\"");
        assertThat(catalogue).asString().startsWith("read ");
        assertThat(page).isEqualTo("refused TypeError");
    }

    /** The second accessibility engine beside axe-core runs, and finds what it should: here, an image with no alt. */
    @Test
    void htmlCodeSnifferFindsAnImageWithoutTextAlternative() {
        browser.openElsewhere("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/");

        assertThat(browser.codeSnifferErrors()).anyMatch(error -> error.contains("H37"));
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"390, en", "390, ro", "1366, de"})
    void theOpenDataPageFitsTheScreenAndIsAccessible(int width, String language) {
        browser.resize(width, 844);
        browser.open("/open-data?lang=" + language);

        assertThat(browser.htmlLang()).isEqualTo(language);
        assertThat(browser.findAll("section.open-dataset")).hasSize(5);
        browser.assertAccessible("open-data-" + width + "-" + language);
        // The page's own content; the shared header's language bar is the layout's (issue 19).
        assertThat(browser.scrollWidthOf("main")).isLessThanOrEqualTo(browser.windowWidth());
    }
}
