package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** A visitor's and a partner editor's first steps, in a real browser, each page checked by axe-core. */
@PortalIntegrationTest
class PortalBrowserTests {

    @LocalServerPort
    int port;

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
    void aPartnerEditorVisitsSwitchesToRomanianSignsInAndOut() {
        browser.open("/?lang=en");
        assertThat(browser.find("h1").getText()).contains("abandoned buildings");
        browser.assertAccessible("home-en");

        browser.chooseLanguage("ro");
        assertThat(browser.htmlLang()).isEqualTo("ro");
        assertThat(browser.find(".main-nav a[aria-current=page]").getText()).isEqualTo("Acasă");
        browser.assertAccessible("home-ro");

        browser.navigateByClicking(".main-nav a[href='/partners']");
        assertThat(browser.findAll(".card")).hasSize(22);
        browser.assertAccessible("partners-ro");

        browser.navigateByClicking(browser.findAll(".card-title a").get(1));
        assertThat(browser.find("h1").getText()).isEqualTo("Industrii Creative Košice, ONG");
        browser.assertAccessible("partner-ro");

        browser.navigateByClicking(".session a.button");
        assertThat(browser.path()).isEqualTo("/login");
        browser.assertAccessible("login-ro");
        browser.find("#username").sendKeys("partner@cinema.demo");
        browser.find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        browser.navigateByClicking("form[action='/login'] button");

        assertThat(browser.path()).isEqualTo("/workspace");
        assertThat(browser.find("h1").getText()).isEqualTo("Activitatea dumneavoastră");
        assertThat(browser.find("section[aria-labelledby=pilots-heading]").getText()).contains("Creative Center Košice", "%");
        browser.assertAccessible("workspace-ro");
        browser.navigateByClicking("main a[href='/account']");
        assertThat(browser.find("h1").getText()).isEqualTo("Contul dumneavoastră");
        assertThat(browser.find("main").getText()).contains("Editor partener", "Industrii Creative Košice, ONG");
        browser.assertAccessible("account-ro");

        browser.navigateByClicking("form[action='/logout'] button");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("V-ați deconectat.");
        assertThat(browser.findAll(".session a.button")).hasSize(1);
    }

    @Test
    void theErrorPagesAndTheAdministratorsPagesAreAccessible() {
        browser.open("/partners/987654?lang=en");
        assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
        browser.assertAccessible("error-404");
        browser.open("/search?q=a%00b");
        assertThat(browser.find(".alert-error").getText()).startsWith("The request holds control characters");
        browser.assertAccessible("error-400-control-characters");
        browser.open("/sites/%00");
        assertThat(browser.find("h1").getText()).isEqualTo("The request could not be understood");
        browser.assertAccessible("error-400-refused-by-tomcat");

        browser.open("/login");
        browser.find("#username").sendKeys("admin@cinema.demo");
        browser.find("#password").sendKeys("a wrong password");
        browser.navigateByClicking("form[action='/login'] button");
        assertThat(browser.find("[role=alert]").getText()).isEqualTo("The e-mail address or the password is not right.");
        browser.assertAccessible("login-error");

        browser.find("#username").sendKeys("admin@cinema.demo");
        browser.find("#password").sendKeys(PortalClient.DEMO_PASSWORD);
        browser.navigateByClicking("form[action='/login'] button");
        for (String[] page : new String[][] {{"/admin", "admin", "Administration"},
                {"/admin/accounts", "admin-accounts", "Accounts"}, {"/admin/accounts/new", "admin-account-new", "New account"},
                {"/admin/partners/1/edit", "admin-partner-edit", "Edit Chamber of Commerce and Industry of Slovenia"},
                {"/admin/outbox", "admin-outbox", "Messages to site owners"},
                {"/recommendations", "recommendations", "Policy recommendations"},
                {"/recommendations/1", "recommendation", "Fund temporary uses of empty municipal buildings"},
                {"/admin/recommendations/new", "recommendation-new", "New recommendation"},
                {"/toolkit/new", "tool-new", "New tool card"},
                {"/toolkit/1/edit", "tool-edit", "Edit: Empty floor spaces for creative businesses"}}) {
            browser.open(page[0]);
            assertThat(browser.find("h1").getText()).isEqualTo(page[2]);
            browser.assertAccessible(page[1]);
        }

        browser.open("/admin/partners/1/edit");
        browser.navigateByClicking("form[action='/admin/partners/1'] button[type=submit]");
        assertThat(browser.path()).isEqualTo("/partners/1");
        browser.open("/admin/accounts/new");
        browser.navigateByClicking("form[action='/admin/accounts'] button[type=submit]");
        assertThat(browser.find("#email-error").getText()).isEqualTo("Fill in this field.");
        browser.assertAccessible("admin-account-errors");
        browser.navigateByClicking("form[action='/logout'] button");
    }

    @Test
    void theSwitcherGoesThroughAllSevenLanguagesAndEachPageStaysAccessible() {
        browser.open("/plans/2?lang=en");
        for (String language : new String[] {"de", "ro", "sl", "sk", "bg", "sr-Latn", "en"}) {
            browser.chooseLanguage(language);
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo(language);
            assertThat(browser.path()).isEqualTo("/plans/2");
            browser.assertAccessible("plan-" + language);
        }
    }
}
