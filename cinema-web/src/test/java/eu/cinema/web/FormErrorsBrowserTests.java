package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** A refused form in a real browser: the summary at the top names every field at fault and takes one to each. */
@PortalIntegrationTest
class FormErrorsBrowserTests {

    static Browser browser;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.forPortal(port);
    }

    @Test
    void theErrorSummaryListsEveryFieldAndEachLinkReachesItsField() {
        browser.open("/sites/propose?lang=de");
        browser.navigateByClicking("form[action='/sites/propose'] button[type=submit]");

        assertThat(browser.find(".error-summary .error-summary-title").getText()).startsWith("Prüfen Sie diese");
        assertThat(browser.findAll(".error-summary a")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.find(".error-summary a[href='#countryCode']").getText()).isEqualTo("Land: Wählen Sie ein Land.");
        assertThat(browser.find(".error-summary a[href='#latitude']").getText()).startsWith("Breitengrad").contains("Zahl");
        browser.assertAccessible("propose, refused");
        browser.find(".error-summary a[href='#countryCode']").click();
        Object focused = browser.runAsync("arguments[arguments.length - 1](document.activeElement.id)");
        assertThat(focused).isEqualTo("countryCode");
    }

    @Test
    void postingOneFormAsksBeforeLeavingTextTypedInAnotherBehind() {
        browser.open("/login?lang=en");
        browser.find("#username").sendKeys("partner@cinema.demo");
        browser.find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        browser.navigateByClicking("form[action='/login'] button");
        browser.navigateByClicking(".work-list a[href*='/pilots/'], section[aria-labelledby=pilots-heading] a");
        String pilotPage = browser.path();
        browser.find("#objectives").sendKeys(" Typed and not saved.");
        // The question is the browser's own dialog; here it is answered "no" and remembered.
        browser.runAsync("window.confirm = function (q) { window.askedQuestion = q; return false; }; arguments[arguments.length - 1]();");

        browser.find("form[action$='/milestones'] button[type=submit]").click();

        assertThat(browser.runAsync("arguments[arguments.length - 1](window.askedQuestion)"))
                .isEqualTo("You typed in another form on this page and have not saved it. Leave that text unsaved and go on?");
        assertThat(browser.path()).isEqualTo(pilotPage);
        assertThat(browser.find("#objectives").getAttribute("value")).endsWith("Typed and not saved.");
        browser.navigateByClicking("form[action='/logout'] button");
    }
}
