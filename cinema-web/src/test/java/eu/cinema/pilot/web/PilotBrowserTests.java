package eu.cinema.pilot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** A partner editor logs progress on their own pilot and sees it on the public page; axe checks each page. */
@PortalIntegrationTest
class PilotBrowserTests {

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
    void aPartnerEditorLogsAnUpdateWithAMilestoneAndAnIndicatorValue() {
        browser.open("/login?lang=en");
        browser.find("#username").sendKeys("partner@cinema.demo");
        browser.find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        browser.navigateByClicking("form[action='/login'] button");

        browser.navigateByClicking(".main-nav a[href='/pilots']");
        browser.assertAccessible("pilots");
        browser.navigateByClicking(browser.findAll(".card-title a").stream()
                .filter(link -> link.getText().equals("Creative Center Košice")).findFirst().orElseThrow());
        browser.assertAccessible("pilot");
        browser.navigateByClicking("a[href$='/edit']");
        assertThat(browser.find("h1").getText()).isEqualTo("Pilot: Creative Center Košice");
        browser.assertAccessible("pilot-edit");

        String narrative = "Hackathon with local shops " + System.nanoTime();
        WebElement date = browser.find("#happenedOn");
        browser.setDate(date, LocalDate.now().minusDays(2));
        browser.find("#narrative").sendKeys(narrative);
        WebElement milestone = browser.findAll("form[action$='/updates'] input[name=milestonesReached]").get(0);
        String milestoneTitle = browser.find("label[for='" + milestone.getAttribute("id") + "']").getText();
        milestone.click();
        WebElement events = browser.findAll("form[action$='/updates'] label").stream()
                .filter(label -> label.getText().startsWith("Events held")).findFirst().orElseThrow();
        browser.find("#" + events.getAttribute("for")).sendKeys("9");
        browser.navigateByClicking("form[action$='/updates'] button[type=submit]");
        assertThat(browser.find("section[aria-labelledby=updates-heading] [role=status]").getText())
                .isEqualTo("The update is logged: it is the first one below.");

        browser.navigateByClicking(".breadcrumb a");
        assertThat(browser.find(".timeline").getText()).contains(narrative, milestoneTitle);
        assertThat(browser.findAll(".indicator tbody td:last-child").stream().map(cell -> cell.getText())).contains("9");
        browser.assertAccessible("pilot-after-update");

        // The editor corrects the update, then withdraws it; the history keeps who, when and why.
        browser.navigateByClicking("a[href$='/edit']");
        browser.navigateByClicking(browser.findAll(".timeline li").stream().filter(li -> li.getText().contains(narrative)).findFirst()
                .orElseThrow().findElement(org.openqa.selenium.By.cssSelector("a[href*='/updates/']")));
        browser.assertAccessible("pilot-correct-update");
        browser.find("#narrative").sendKeys(" (corrected)");
        browser.navigateByClicking("main form:has(#narrative) button[type=submit]");
        assertThat(browser.find("section[aria-labelledby=updates-heading] [role=status]").getText()).isEqualTo("The update is corrected.");
        browser.navigateByClicking(browser.findAll(".timeline li").stream().filter(li -> li.getText().contains(narrative + " (corrected)"))
                .findFirst().orElseThrow().findElement(org.openqa.selenium.By.cssSelector("a[href*='/updates/']")));
        browser.find("#reason").sendKeys("Logged twice by mistake.");
        browser.navigateByClicking("form[action$='/withdraw']:has(#reason) button[type=submit]");
        assertThat(browser.find(".timeline").getText()).doesNotContain(narrative);
        assertThat(browser.find(".history").getText()).contains("Logged twice by mistake.");
        browser.assertAccessible("pilot-after-withdrawal");
        browser.navigateByClicking("form[action='/logout'] button");
    }
}
