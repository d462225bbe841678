package eu.cinema.region.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** The place search in a real browser: the proposal picker zooms to the town found and fills the country and town. */
@PortalIntegrationTest
class PlaceSearchBrowserTests {

    static Browser browser;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.forPortal(port);
    }

    @Test
    void theProposalPickerFindsATownWithoutItsDiacriticsAndZoomsToIt() {
        browser.open("/sites/propose?lang=en");
        browser.find(".place-search input[type=search]").sendKeys("kosice", Keys.ENTER);
        browser.runAsync("var done = arguments[arguments.length - 1];"
                + "var wait = setInterval(function () { if (document.querySelector('.place-search-results button')) {"
                + " clearInterval(wait); done(true); } }, 50);");

        assertThat(browser.find("main form").isDisplayed()).as("Enter searched, it did not send the form").isTrue();
        assertThat(browser.find(".place-search-results button").getText()).isEqualTo("Košice, Slovakia");
        browser.find(".place-search-results button").click();

        Object zoom = browser.runAsync("arguments[arguments.length - 1]("
                + "window.CinemaMap.of(document.getElementById('pick-map')).getZoom());");
        assertThat(((Number) zoom).intValue()).isGreaterThanOrEqualTo(12);
        assertThat(new Select(browser.find("#countryCode")).getFirstSelectedOption().getAttribute("value")).isEqualTo("SK");
        assertThat(browser.find("#cityName").getAttribute("value")).isEqualTo("Košice");
        assertThat(browser.find(".place-search-status").getText()).isEqualTo("Shown on the map: Košice.");
        browser.assertAccessible("propose, a town found");
    }

    @Test
    void choosingACountryZoomsThePickerToIt() {
        browser.open("/sites/propose?lang=en");
        new Select(browser.find("#countryCode")).selectByValue("SI");

        Object centre = browser.runAsync("var done = arguments[arguments.length - 1];"
                + "setTimeout(function () { var c = window.CinemaMap.of(document.getElementById('pick-map')).getCenter();"
                + " done([c.lat, c.lng]); }, 500);");

        assertThat(((Number) ((java.util.List<?>) centre).get(0)).doubleValue()).isBetween(45.4, 46.9);
        assertThat(((Number) ((java.util.List<?>) centre).get(1)).doubleValue()).isBetween(13.3, 16.7);
    }
}
