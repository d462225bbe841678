package eu.cinema.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** The public proposes a site, a partner editor in that country publishes it, and it is on the map. */
@PortalIntegrationTest
class ModerationBrowserTests {

    static Browser browser;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.forPortal(port);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aProposalIsModeratedAndThenShownOnTheMapList() {
        String name = "Vacant printing house " + System.nanoTime();
        browser.open("/map?lang=en");
        assertThat(browser.findAll(".feature-list h3")).hasSize(3);
        browser.assertAccessible("map");

        browser.navigateByClicking("a[href='/sites/propose']");
        browser.assertAccessible("propose");
        browser.find("#name").sendKeys(name);
        new Select(browser.find("#kind")).selectByValue("INDUSTRIAL_BUILDING");
        browser.find("#cityName").sendKeys("Košice");
        new Select(browser.find("#countryCode")).selectByValue("SK");
        browser.find("#latitude").sendKeys("48.7230");
        browser.find("#longitude").sendKeys("21.2570");
        browser.find("#description").sendKeys("Empty since the presses moved out.");
        browser.navigateByClicking("form[action='/sites/propose'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).startsWith("Thank you!");

        browser.open("/map?country=SK");
        assertThat(browser.find(".feature-lists").getText()).doesNotContain(name);

        browser.open("/login");
        browser.find("#username").sendKeys("partner@cinema.demo");
        browser.find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        browser.navigateByClicking("form[action='/login'] button");
        browser.navigateByClicking(".main-nav a[href='/moderation']");
        assertThat(browser.find("main").getText()).contains(name);
        browser.assertAccessible("moderation");
        browser.navigateByClicking("button[aria-label='Publish " + name + "']");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("The site is published and now on the map.");

        browser.open("/map/empty-floor-space?country=SK");
        assertThat(browser.find(".feature-lists").getText()).contains(name);
        browser.assertAccessible("map-theme");
        browser.navigateByClicking(browser.findAll(".feature-items a").stream()
                .filter(link -> link.getText().equals(name)).findFirst().orElseThrow());
        assertThat(browser.find("h1").getText()).isEqualTo(name);
        browser.assertAccessible("site-detail");

        browser.open("/actors/1");
        browser.assertAccessible("actor-detail");
        browser.navigateByClicking("form[action='/logout'] button");
    }
}
