package eu.cinema.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.WithMailServer;

/**
 * The public proposes a site; a partner editor in that country sees the site already on the map beside it, corrects
 * the proposal and publishes it; the proposer is told by e-mail, and the site is on the map.
 */
class ModerationBrowserTests extends WithMailServer {

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
    void aProposalIsModeratedAndThenShownOnTheMapList() throws Exception {
        String name = "Vacant printing house " + System.nanoTime();
        String email = "printer." + System.nanoTime() + "@example.org";
        browser.open("/map?lang=en");
        assertThat(browser.findAll(".feature-list h3")).hasSize(3);
        browser.assertAccessible("map");

        browser.navigateByClicking("a[href='/sites/propose']");
        browser.assertAccessible("propose");
        browser.find("#name").sendKeys(name);
        new Select(browser.find("#kind")).selectByValue("INDUSTRIAL_BUILDING");
        browser.find("#cityName").sendKeys("Košice");
        new Select(browser.find("#countryCode")).selectByValue("SK");
        browser.find("#latitude").sendKeys(ProposalFollowUpIntegrationTests.NEAR_BARRACKS_LATITUDE);
        browser.find("#longitude").sendKeys(ProposalFollowUpIntegrationTests.NEAR_BARRACKS_LONGITUDE);
        browser.find("#description").sendKeys("Empty since the presses moved out.");
        browser.find("#contactEmail").sendKeys(email);
        browser.navigateByClicking("form[action='/sites/propose'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).startsWith("Thank you!");
        String reference = browser.find("[role=status] .reference").getText();
        browser.assertAccessible("proposed");

        browser.open("/map?country=SK");
        assertThat(browser.find(".feature-lists").getText()).doesNotContain(name);

        browser.open("/login");
        browser.find("#username").sendKeys("partner@cinema.demo");
        browser.find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        browser.navigateByClicking("form[action='/login'] button");
        browser.navigateByClicking(".main-nav a[href='/moderation']");
        assertThat(browser.find("main").getText()).contains(name, reference, "Former barracks hall");
        browser.assertAccessible("moderation");
        browser.navigateByClicking("a[aria-label='Correct " + name + " before publishing']");
        browser.find("#name").sendKeys(" (corrected)");
        browser.navigateByClicking("main form button[type=submit]");
        String corrected = name + " (corrected)";
        browser.open("/moderation");
        browser.navigateByClicking("button[aria-label='Publish " + corrected + "']");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("The site is published and now on the map.");

        browser.open("/map/empty-floor-space?country=SK");
        assertThat(browser.find(".feature-lists").getText()).contains(corrected);
        browser.assertAccessible("map-theme");
        browser.navigateByClicking(browser.findAll(".feature-items a").stream()
                .filter(link -> link.getText().equals(corrected)).findFirst().orElseThrow());
        assertThat(browser.find("h1").getText()).isEqualTo(corrected);
        browser.assertAccessible("site-detail");

        assertThat(browser.find(".details").getText()).contains("Creative Industry Košice");
        assertThat(mailTo(email, "is on the map").getSubject()).isEqualTo("CINEMA: your proposal " + reference + " is on the map");

        browser.open("/actors/1");
        browser.assertAccessible("actor-detail");
        browser.navigateByClicking("form[action='/logout'] button");
    }
}
