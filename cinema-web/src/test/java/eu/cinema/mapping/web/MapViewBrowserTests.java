package eu.cinema.mapping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** The map in a real browser: its first view fits what the filters show, and clusters look like their layer. */
@PortalIntegrationTest
class MapViewBrowserTests {

    static Browser browser;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.forPortal(port);
    }

    @Test
    void theFirstViewFitsTheFeaturesShownAndClustersWearTheirLayersSymbol() {
        browser.open("/map?country=SK&layer=sites&lang=en");
        List<?> view = (List<?>) browser.runAsync("var done = arguments[arguments.length - 1];"
                + "setTimeout(function () { var m = window.CinemaMap.of(document.getElementById('map'));"
                + " var b = m.getBounds(); done([m.getZoom(), b.getSouth(), b.getNorth(), b.getWest(), b.getEast()]); }, 1500);");

        assertThat(((Number) view.get(0)).intValue()).as("zoomed in from the region to Košice's sites").isGreaterThanOrEqualTo(10);
        assertThat(((Number) view.get(1)).doubleValue()).isLessThan(48.71);
        assertThat(((Number) view.get(2)).doubleValue()).isGreaterThan(48.72);
        assertThat(browser.findAll("#map .map-marker-sites, #map .map-cluster-sites")).isNotEmpty();
        assertThat(browser.findAll("#map .map-marker-actors, #map .map-cluster-actors")).isEmpty();

        browser.open("/map?lang=en");
        browser.runAsync("var done = arguments[arguments.length - 1]; setTimeout(function () { done(true); }, 1500);");
        assertThat(browser.findAll("#map .map-cluster")).allMatch(cluster -> cluster.getAttribute("class")
                .matches(".*map-cluster-(sites|retail|actors).*"));
        browser.assertAccessible("map with its legend and clusters");
    }
}
