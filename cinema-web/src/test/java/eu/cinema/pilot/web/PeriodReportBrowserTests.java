package eu.cinema.pilot.web;

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
 * The whole review journey in a browser, axe-core and HTML_CodeSniffer on every page: the lead partner defines a period,
 * a partner logs an update and corrects it, prepares and submits its report, the lead partner returns it with a comment on an item, the partner
 * corrects and resubmits, the lead partner accepts; the report page fits a phone.
 */
@PortalIntegrationTest
class PeriodReportBrowserTests {

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
    void aReportIsLoggedSubmittedReturnedCorrectedResubmittedAndAccepted() {
        signIn("admin@cinema.demo");
        browser.open("/admin/reporting-periods?lang=en");
        browser.assertAccessible("reporting-periods");
        browser.find("#name").sendKeys("Browser half 2025");
        browser.setDate(browser.find("#startsOn"), LocalDate.of(2025, 1, 1));
        browser.setDate(browser.find("#endsOn"), LocalDate.of(2025, 6, 30));
        browser.setDate(browser.find("#dueOn"), LocalDate.of(2025, 8, 31));
        browser.navigateByClicking("form[action='/admin/reporting-periods'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).contains("Browser half 2025");
        signOut();

        signIn("partner@cinema.demo");
        browser.open("/pilots?lang=en");
        browser.navigateByClicking(browser.findAll(".card-title a").stream()
                .filter(link -> link.getText().equals("Creative Center Košice")).findFirst().orElseThrow());
        browser.navigateByClicking("a[href$='/edit']");
        String narrative = "Open studios weekend " + System.nanoTime();
        browser.setDate(browser.find("#happenedOn"), LocalDate.of(2025, 5, 17));
        browser.find("#narrative").sendKeys(narrative);
        browser.navigateByClicking("form[action$='/updates'] button[type=submit]");
        browser.navigateByClicking(browser.findAll(".timeline li").stream().filter(li -> li.getText().contains(narrative)).findFirst()
                .orElseThrow().findElement(org.openqa.selenium.By.cssSelector("a[href*='/updates/']")));
        browser.find("#narrative").sendKeys(", with the makers of the old town");
        browser.navigateByClicking("main form:has(#narrative) button[type=submit]");
        assertThat(browser.find("section[aria-labelledby=updates-heading] [role=status]").getText()).isEqualTo("The update is corrected.");
        browser.open("/reports?lang=en");
        browser.assertAccessible("reports-editor");
        browser.navigateByClicking(browser.findAll("main tbody tr").stream().filter(row -> row.getText().startsWith("Browser half 2025"))
                .findFirst().orElseThrow().findElement(org.openqa.selenium.By.cssSelector("a")));
        browser.assertAccessible("report-draft");
        assertThat(browser.find(".report-picks").getText()).contains(narrative + ", with the makers of the old town");
        browser.find("#summary").sendKeys("Two open-studio weekends drew the neighbourhood in.");
        browser.navigateByClicking("button[name=submitReport]");
        assertThat(browser.find("[role=status]").getText()).startsWith("The report is submitted");
        browser.assertAccessible("report-submitted");
        String report = browser.path();
        signOut();

        signIn("admin@cinema.demo");
        browser.open(report + "?lang=en");
        browser.assertAccessible("report-review");
        browser.find("textarea[name^=itemComments]").sendKeys("How many visitors came?");
        browser.navigateByClicking("form[action$='/review'] button:not([name])");
        assertThat(browser.find("[role=status]").getText()).endsWith("is returned with your comments.");
        browser.assertAccessible("reports-admin");
        signOut();

        signIn("partner@cinema.demo");
        browser.open(report + "?lang=en");
        assertThat(browser.find(".report-items").getText()).contains("How many visitors came?");
        browser.assertAccessible("report-returned");
        browser.find("#summary").sendKeys(" About 400 visitors came.");
        browser.navigateByClicking("button[name=submitReport]");
        signOut();

        signIn("admin@cinema.demo");
        browser.open(report + "?lang=en");
        browser.navigateByClicking("form[action$='/review'] button[name=accept]");
        assertThat(browser.find("[role=status]").getText()).endsWith("is accepted.");
        browser.open(report + "?lang=de");
        assertThat(browser.find(".badge").getText()).isEqualTo("Angenommen");
        browser.assertAccessible("report-accepted-de");
        browser.resize(390, 844);
        assertThat(browser.pageWidth()).as("the page does not scroll sideways: %s", browser.overflowing()).isLessThanOrEqualTo(browser.windowWidth());
        browser.resize(1366, 900);
        signOut();
    }

    private static void signIn(String email) {
        browser.open("/login?lang=en");
        browser.find("#username").sendKeys(email);
        browser.find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        browser.navigateByClicking("form[action='/login'] button");
    }

    private static void signOut() {
        browser.navigateByClicking("form[action='/logout'] button");
    }
}
