package eu.cinema.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * A start-up looks for a space and writes to the owner of the best match; a partner rates a tool
 * its pilot used; the network and search pages are checked on the way. axe checks every page.
 */
@PortalIntegrationTest
class MatchBrowserTests {

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
    void aSeekerFindsASpaceAndWritesToItsOwner() {
        browser.open("/?lang=en");
        browser.navigateByClicking(".main-nav a[href='/match']");
        browser.assertAccessible("match");
        browser.findAll("#cityId option").stream().filter(o -> o.getText().startsWith("Reșița")).findFirst().orElseThrow().click();
        browser.find("#minAreaM2").sendKeys("100");
        browser.find("#maxRent").sendKeys("4");
        browser.find("#use option[value=SHOP_OR_SHOWROOM]").click();
        browser.navigateByClicking("form[action='/match'] button[type=submit]");
        assertThat(browser.find(".search-results .card-title").getText()).isEqualTo("Former department store on Bulevardul Republicii");
        browser.assertAccessible("match-results");

        browser.navigateByClicking(".search-results a[href^='/match/contact/']");
        browser.assertAccessible("match-contact");
        browser.find("#name").sendKeys("Maria from a start-up");
        browser.find("#email").sendKeys("maria@example.org");
        browser.find("#message").sendKeys("We would like to open a design shop on the ground floor.");
        browser.navigateByClicking("form[action^='/match/contact/'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).startsWith("Your message is received.");
        browser.assertAccessible("match-sent");

        browser.navigateByClicking(".main-nav a[href='/network']");
        browser.assertAccessible("network");
        browser.navigateByClicking(".main-nav a[href='/search']");
        browser.find("#q").sendKeys("Resita");
        browser.navigateByClicking("main form[action='/search'] button[type=submit]");
        assertThat(browser.findAll(".search-results li")).isNotEmpty();
        browser.assertAccessible("search");
    }

    @Test
    void aPartnerRatesAToolItsPilotUsed() {
        browser.open("/login?lang=en");
        browser.find("#username").sendKeys("partner@cinema.demo");
        browser.find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        browser.navigateByClicking("form[action='/login'] button");
        browser.navigateByClicking(".main-nav a[href='/toolkit']");
        browser.assertAccessible("toolkit");
        browser.navigateByClicking(browser.findAll(".card-title a").stream()
                .filter(link -> link.getText().equals("Remix the City hackathon")).findFirst().orElseThrow());
        browser.assertAccessible("tool");
        browser.find("label[for='stars4']").click();
        browser.find("#comment").sendKeys("It helped us find the Creative Center's first tenants.");
        browser.navigateByClicking("form[action$='/ratings'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Thank you: your rating is saved.");
        assertThat(browser.find(".ratings").getText()).contains("4 of 5", "It helped us find");
        browser.assertAccessible("tool-rated");
        browser.navigateByClicking("form[action='/logout'] button");
    }
}
