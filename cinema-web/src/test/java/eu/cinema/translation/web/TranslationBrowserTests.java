package eu.cinema.translation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * Translating in Chromium: the tool's developer opens the side-by-side form from the card in Romanian, chooses Slovene,
 * translates a step and sees it on the card; on a phone and on a desktop, axe-core and HTML_CodeSniffer check the form,
 * the card with its language note and the translators' files, and nothing scrolls sideways.
 */
@PortalIntegrationTest
class TranslationBrowserTests {

    static Browser browser;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.forPortal(port);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aDeveloperTranslatesAStepOfTheirToolSideBySide() {
        long tool = jdbc.sql("SELECT id FROM tool_card WHERE title = 'Business model canvas for creative centres'").query(Long.class).single();
        browser.signIn("partner@cinema.demo");
        browser.resize(390, 844);
        browser.open("/toolkit/" + tool + "?lang=ro");
        assertThat(browser.find("h1").getText()).isEqualTo("Business Model Canvas pentru centrele creative");
        assertFits("tool-ro");

        browser.navigateByClicking(".translation-note a.button");
        browser.find("#to option[value=sl]").click();
        browser.navigateByClicking("form.filters button[type=submit]");
        assertThat(browser.find("h1").getText()).isEqualTo("Traducere în slovenă");
        assertThat(browser.find("#rows3\\.text").getAttribute("lang")).isEqualTo("sl");
        assertFits("translation-sheet-ro");
        browser.find("#rows3\\.text").sendKeys("Zberite bodoče partnerje centra");
        browser.navigateByClicking("form[method=post][action^='/translations/'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Traducerea pentru „Business model canvas for creative centres” a fost salvată.");

        browser.resize(1366, 900);
        browser.open("/toolkit/" + tool + "?lang=sl");
        assertThat(browser.find(".steps li").getText()).isEqualTo("Zberite bodoče partnerje centra");
        assertThat(browser.find(".steps li").getAttribute("lang")).isEqualTo("sl");
        assertThat(browser.find("h1").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.find(".translation-note [role=note]").getText()).contains("angleščina");
        browser.assertAccessible("tool-sl");
        browser.open("/translations?lang=en");
        browser.assertAccessible("translation-files");
        browser.open("/translations/tool/" + tool + "?to=de&lang=de");
        browser.assertAccessible("translation-sheet-de");
        browser.navigateByClicking("form[action='/logout'] button");
    }

    private static void assertFits(String page) {
        assertThat(browser.pageWidth()).as("no sideways scroll on a phone: " + browser.overflowing()).isLessThanOrEqualTo(browser.windowWidth());
        browser.assertAccessible(page);
    }
}
