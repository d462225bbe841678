package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * The public pages on a phone, in every language: none is wider than the screen at 320 and 390 CSS pixels (WCAG
 * 2.1, 1.4.10 Reflow), and the navigation waits behind its menu button, so the content comes first.
 */
@PortalIntegrationTest
class ResponsiveLayoutBrowserTests {

    private static final List<String> LANGUAGES = List.of("en", "de", "ro", "sl", "sk", "bg", "sr-Latn");

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void start(@LocalServerPort int port) {
        browser = Browser.forPortal(port);
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void noPublicPageScrollsSidewaysOnAPhoneInAnyLanguage() {
        List<String> pages = publicPages();
        List<String> tooWide = new ArrayList<>();
        for (int width : new int[] {320, 390}) {
            browser.resize(width, 844);
            for (String language : LANGUAGES) {
                browser.open("/?lang=" + language);
                for (String page : pages) {
                    browser.open(page);
                    long pageWidth = browser.pageWidth();
                    long shown = browser.windowWidth();
                    if (pageWidth > shown) {
                        tooWide.add(page + " in " + language + " at " + width + " px: " + pageWidth + " px wide, " + shown
                                + " shown, past the edge: " + browser.overflowing());
                    }
                }
            }
        }
        assertThat(tooWide).isEmpty();
    }

    @Test
    void onAPhoneTheMenuWaitsBehindItsButtonAndTheContentComesFirst() {
        browser.resize(390, 844);
        browser.open("/?lang=en");

        assertThat(browser.find(".main-nav a[href='/map']").isDisplayed()).isFalse();
        assertThat(browser.find("main h1").getLocation().getY()).as("the heading within the first third of the screen")
                .isLessThan(844 / 3);
        browser.find(".main-nav summary").click();
        assertThat(browser.find(".main-nav a[href='/map']").isDisplayed()).isTrue();
        browser.assertAccessible("home-390-menu-open");

        browser.resize(1366, 900);
        browser.open("/");
        assertThat(browser.find(".main-nav a[href='/map']").isDisplayed()).as("a wide screen shows the navigation").isTrue();
        assertThat(browser.find(".main-nav summary").isDisplayed()).isFalse();
    }

    @Test
    void languagesThatLookAlikeCarryTheirCodeAndTheHeaderSearches() {
        browser.resize(1366, 900);
        browser.open("/?lang=en");
        browser.find(".languages summary").click();

        assertThat(browser.find(".languages a[hreflang=sl]").getText()).isEqualTo("Slovenščina (sl)");
        assertThat(browser.find(".languages a[hreflang=sk]").getText()).isEqualTo("Slovenčina (sk)");
        assertThat(browser.find(".languages a[hreflang=de]").getText()).isEqualTo("Deutsch");
        browser.find("#header-q").sendKeys("mill");
        browser.navigateByClicking(".header-search button");
        assertThat(browser.path()).isEqualTo("/search");
    }

    /** One page of each kind the public sees, with real ids from the demo content. */
    private List<String> publicPages() {
        List<String> pages = new ArrayList<>(List.of("/", "/partners", "/map", "/map/empty-floor-space", "/pilots", "/plans",
                "/recommendations", "/toolkit", "/network", "/match", "/search?q=mill", "/dashboard", "/login", "/sites/propose",
                "/open-data", "/ogcapi/collections?f=html", "/privacy", "/accessibility"));
        pages.add("/partners/" + first("SELECT min(id) FROM partner"));
        pages.add("/sites/" + first("SELECT min(id) FROM site WHERE publication = 'PUBLISHED'"));
        pages.add("/actors/" + first("SELECT min(id) FROM creative_actor"));
        pages.add("/pilots/" + first("SELECT min(id) FROM pilot"));
        pages.add("/plans/" + first("SELECT min(plan_id) FROM plan_version WHERE state = 'PUBLISHED'"));
        pages.add("/recommendations/" + first("SELECT min(id) FROM policy_recommendation"));
        pages.add("/toolkit/" + first("SELECT min(id) FROM tool_card"));
        return pages;
    }

    private long first(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
