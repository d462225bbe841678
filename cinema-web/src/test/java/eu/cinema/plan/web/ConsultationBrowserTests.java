package eu.cinema.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PlanDrafts;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * The consultation's journey in Chromium: the municipality opens it on its draft, a visitor comments anonymously
 * (after a refused empty try) and supports an action, the municipality publishes the comment, answers it, ends the
 * consultation and publishes the next version with its report. axe-core and HTML_CodeSniffer check every page, and
 * the public page does not scroll sideways on a phone.
 */
@PortalIntegrationTest
class ConsultationBrowserTests {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.forPortal(port);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aMunicipalityAsksTheTownAndAnswers() {
        jdbc.update("DELETE FROM shared_counter WHERE key LIKE 'plan-%'");
        String title = "Market hall plan " + System.nanoTime();
        PortalClient editor = new PortalClient(port);
        editor.signIn("municipality@cinema.demo", PortalClient.DEMO_PASSWORD);
        long id = PlanDrafts.planWithAction(editor, title);

        signIn("municipality@cinema.demo");
        browser.open("/plans/" + id + "/edit");
        browser.navigateByClicking("a[href='/plans/" + id + "/versions/1/consultation']");
        browser.assertAccessible("consultation-open");
        browser.find("#introduction").sendKeys("Should the market hall open on Sundays?");
        browser.navigateByClicking("form[action$='/consultation'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("The consultation on version 1 is set.");
        assertThat(browser.find(".badges").getText()).contains("Open for comments: 30 days left");
        browser.assertAccessible("consultation-manage-empty");
        browser.navigateByClicking("form[action='/logout'] button");

        browser.resize(390, 844);
        browser.open("/plans");
        browser.navigateByClicking("#consultations-heading + ul a[href='/plans/" + id + "/consultation']");
        assertThat(browser.find("h1").getText()).isEqualTo("Consultation: " + title);
        assertThat(browser.pageWidth()).as("no sideways scroll on a phone: " + browser.overflowing()).isLessThanOrEqualTo(browser.windowWidth());
        browser.assertAccessible("consultation-phone");
        browser.resize(1366, 900);
        browser.navigateByClicking("form[action$='/consultation/comments#comment-heading'] button[type=submit]");
        assertThat(browser.find(".error-summary").getText()).contains("Write your comment.", "Please agree to the publication");
        browser.assertAccessible("consultation-comment-refused");
        browser.find("#about option[value^='action-']").click();
        browser.find("#text").sendKeys("Open the ground floor to makers first.");
        browser.find("#consent").click();
        browser.navigateByClicking("form[action$='/consultation/comments#comment-heading'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("read every comment before it is published");
        browser.navigateByClicking("form[action$='/support'] button");
        assertThat(browser.find("[role=status]").getText()).contains("Supports of this action: 1.");
        browser.assertAccessible("consultation-supported");

        signIn("municipality@cinema.demo");
        browser.open("/workspace");
        browser.navigateByClicking("a[href='/plans/" + id + "/consultation/manage']");
        assertThat(browser.find("#waiting-heading").getText()).isEqualTo("Waiting for you: 1");
        browser.assertAccessible("consultation-manage-waiting");
        browser.navigateByClicking("form[action$='/publish'] button");
        browser.find("input[name=commentIds]").click();
        browser.find("#outcome option[value=ACCEPTED]").click();
        browser.find("#answer-heading ~ form #text").sendKeys("Makers move in first, from next spring.");
        browser.navigateByClicking("form[action$='/consultation/answers'] button[type=submit]");
        assertThat(browser.find("#answer-heading ~ [role=status]").getText()).startsWith("Your answer is published");
        browser.assertAccessible("consultation-manage-answered");
        browser.find("#period-heading ~ details.confirm summary").click();
        browser.navigateByClicking("details.confirm[open] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("The consultation has ended.");

        browser.open("/plans/" + id + "/edit");
        browser.navigateByClicking("form[action$='/drafts'] button");
        browser.navigateByClicking("button[name=publish]");
        assertThat(browser.find("#consultation-report").getText()).isEqualTo("You said, we did: the consultation");
        assertThat(browser.find(".consultation-report").getText()).contains("Makers move in first, from next spring.", "Taken up");
        browser.assertAccessible("plan-with-consultation-report");
        browser.navigateByClicking(".consultation-report a[href$='/consultation']");
        assertThat(browser.find(".comment").getText()).contains("Anonymous", "Open the ground floor to makers first.", "Taken up");
        browser.assertAccessible("consultation-closed");
        browser.navigateByClicking("form[action='/logout'] button");
    }

    private void signIn(String email) {
        browser.open("/login?lang=en");
        browser.find("#username").sendKeys(email);
        browser.find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        browser.navigateByClicking("form[action='/login'] button");
    }
}
