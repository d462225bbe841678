package eu.cinema.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * A municipality editor drafts a plan, adds two actions, publishes it, then edits it into a second
 * version and publishes that; the first is marked superseded. axe checks every page on the way.
 */
@PortalIntegrationTest
class PlanBrowserTests {

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
    void aMunicipalityDraftsPublishesAndRevisesItsPlan() {
        String title = "Reșița centre plan " + System.nanoTime();
        browser.open("/login?lang=en");
        browser.find("#username").sendKeys("municipality@cinema.demo");
        browser.find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        browser.navigateByClicking("form[action='/login'] button");

        browser.navigateByClicking(".main-nav a[href='/plans']");
        browser.assertAccessible("plans");
        browser.navigateByClicking("a[href='/plans/new']");
        browser.assertAccessible("plan-new");
        browser.find("#title").sendKeys(title);
        browser.find("#summary").sendKeys("Creative uses for the empty centre.");
        browser.find("#vision").sendKeys("A lively centre.");
        browser.navigateByClicking("form[action='/plans'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("The plan “" + title + "” is created. Add its actions, then publish it.");
        browser.assertAccessible("plan-edit-draft");

        addAction("Pop-up shops in empty ground floors", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "45000");
        addAction("Makers' market in Hala Minda", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 10, 31), "12000");
        addAction("An action added by mistake", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), "1");
        // Removing asks first: the first press opens the question, only its own button removes.
        browser.find("summary[aria-label='Remove the action “An action added by mistake”']").click();
        assertThat(browser.find("details.confirm[open] .confirm-body p").getText())
                .isEqualTo("Remove the action “An action added by mistake” from this draft?");
        browser.assertAccessible("plan-edit-confirm-removal");
        browser.navigateByClicking("details.confirm[open] button[type=submit]");
        assertThat(browser.findAll("section[aria-labelledby=actions-heading] tbody th").stream().map(e -> e.getText()))
                .containsExactly("Pop-up shops in empty ground floors", "Makers' market in Hala Minda");

        browser.navigateByClicking("button[name=publish]");
        assertThat(browser.find("h1").getText()).isEqualTo(title);
        assertThat(browser.find(".badges").getText()).contains("Published", "Version 1");
        assertThat(browser.find("#budget").findElement(org.openqa.selenium.By.xpath("..")).getText()).contains("57,000.00 EUR");
        browser.assertAccessible("plan-published");

        browser.navigateByClicking("a[href$='/edit']");
        browser.navigateByClicking("form[action$='/drafts'] button");
        assertThat(browser.find(".alert-info").getText()).contains("You are editing version 2, a draft. The public reads version 1");
        browser.assertAccessible("plan-edit-second-draft");
        browser.find("#vision").clear();
        browser.find("#vision").sendKeys("A lively centre where young people stay.");
        browser.navigateByClicking("form[action$='/versions/2'] button[type=submit]");
        browser.navigateByClicking("a[href*='/compare']");
        assertThat(browser.find("main").getText()).contains("Vision", "A lively centre where young people stay.");
        browser.assertAccessible("plan-compare");
        browser.navigateByClicking(".breadcrumb a");
        browser.navigateByClicking("a[href$='/edit']");
        browser.navigateByClicking("button[name=publish]");

        assertThat(browser.find(".badges").getText()).contains("Version 2");
        assertThat(browser.find("#vision").findElement(org.openqa.selenium.By.xpath("..")).getText())
                .contains("A lively centre where young people stay.");
        assertThat(browser.find("section[aria-labelledby=versions] tbody").getText()).contains("Version 1 Superseded");
        browser.navigateByClicking("section[aria-labelledby=versions] a[href$='/versions/1']");
        assertThat(browser.find(".alert-info").getText()).startsWith("This version was superseded on");
        browser.assertAccessible("plan-superseded");
        browser.navigateByClicking("form[action='/logout'] button");
    }

    private static void addAction(String title, LocalDate from, LocalDate to, String budget) {
        browser.navigateByClicking("a[href$='/actions/new']");
        browser.assertAccessible("plan-action-new");
        String form = "form[action$='/versions/1/actions'] ";
        browser.find(form + "#title").sendKeys(title);
        browser.setDate(browser.find(form + "#startsOn"), from);
        browser.setDate(browser.find(form + "#endsOn"), to);
        browser.find(form + "#budgetEur").sendKeys(budget);
        browser.find(form + "#fundingSource option[value=MUNICIPAL_BUDGET]").click();
        browser.find(form + "#indicator-0-name").sendKeys("Shops reopened");
        browser.find(form + "#indicator-0-unit").sendKeys("shops");
        browser.find(form + "#indicator-0-target").sendKeys("10");
        browser.navigateByClicking(form + "button[type=submit]");
        // Back where the action is listed, told which one was added.
        assertThat(browser.find("section[aria-labelledby=actions-heading] [role=status]").getText())
                .isEqualTo("The action “" + title + "” is added.");
    }
}
