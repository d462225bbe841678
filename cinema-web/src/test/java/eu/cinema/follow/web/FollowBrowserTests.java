package eu.cinema.follow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.WithMailServer;

/**
 * Following in Chromium on a phone: from a pilot's page to the form (refused once, then sent), the confirmation link
 * and its button, the manage page in German, and unsubscribing. axe-core and HTML_CodeSniffer check every page; none
 * scrolls sideways.
 */
class FollowBrowserTests extends WithMailServer {

    private static final Pattern CONFIRM = Pattern.compile("/follow/confirm/[A-Za-z0-9_-]{43}");

    static Browser browser;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PilotRepository pilots;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.forPortal(port);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aVisitorFollowsAPilotFromItsPageConfirmsManagesAndUnsubscribes() throws Exception {
        jdbc.update("DELETE FROM shared_counter WHERE key LIKE 'follow-%'");
        String address = "browser-" + System.nanoTime() + "@example.org";
        long pilot = pilots.findAll().stream().filter(p -> p.getTitle().equals("Creative Center Košice")).findFirst()
                .map(Pilot::getId).orElseThrow();
        browser.resize(390, 844);
        browser.open("/pilots/" + pilot + "?lang=en");
        browser.navigateByClicking(".follow-link a");
        assertThat(browser.find("h1").getText()).isEqualTo("Follow “Creative Center Košice” by e-mail");
        assertFits("follow-form");

        browser.navigateByClicking("form[action='/follow'] button[type=submit]");
        assertThat(browser.find(".error-summary").getText()).contains("Give the e-mail address the digests go to.",
                "Tick the box to agree; without it no e-mail can be sent.");
        assertFits("follow-form-refused");
        browser.find("#email").sendKeys(address);
        browser.find("#consent").click();
        browser.navigateByClicking("form[action='/follow'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("We sent a link to " + address + " to confirm. It works for 7 days.");

        Matcher link = CONFIRM.matcher(mailTo(address, "Confirm: follow").getContent().toString());
        assertThat(link.find()).isTrue();
        browser.open(link.group());
        assertFits("follow-confirm");
        browser.navigateByClicking("form[action^='/follow/confirm/'] button");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("You follow Creative Center Košice now.");
        assertFits("follow-confirmed");

        browser.navigateByClicking("a[href^='/follow/manage/']");
        browser.chooseLanguage("de");
        assertThat(browser.find("h1").getText()).isEqualTo("Ihre Abonnements");
        assertThat(browser.find("main").getText()).contains("Pilotprojekt: Creative Center Košice", "Die E-Mails gehen an " + address);
        assertFits("follow-manage-de");
        browser.find("#frequency option[value=DAILY]").click();
        browser.navigateByClicking("form[action$='" + browser.path() + "'] button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Ihre Einstellungen sind gespeichert.");
        assertThat(jdbc.queryForObject("SELECT frequency FROM follower WHERE email = ?", String.class, address)).isEqualTo("DAILY");

        browser.navigateByClicking("a[href^='/follow/unsubscribe/']");
        assertFits("follow-unsubscribe-de");
        browser.navigateByClicking("form[action^='/follow/unsubscribe/'] button");
        assertThat(browser.find("h1").getText()).isEqualTo("Abbestellt");
        assertFits("follow-unsubscribed-de");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follower WHERE email = ?", Integer.class, address)).isZero();
        browser.resize(1366, 900);
    }

    private static void assertFits(String page) {
        assertThat(browser.pageWidth()).as("no sideways scroll on a phone: " + browser.overflowing()).isLessThanOrEqualTo(browser.windowWidth());
        browser.assertAccessible(page);
    }
}
