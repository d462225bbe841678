package eu.cinema.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.Browser;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.WithMailServer;

/** "Forgot your password?" in a real browser, from the sign-in page to signing in with the new password; both engines check each page. */
class AccountLinksBrowserTests extends WithMailServer {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser(@LocalServerPort int port) {
        browser = Browser.forPortal(port);
    }

    @Test
    void aPersonWhoForgotTheirPasswordSetsANewOneAndSignsIn() throws Exception {
        String email = "forgetful." + System.nanoTime() + "@example.org";
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        admin.submit(admin.get("/admin/accounts/new"), "form[action='/admin/accounts']", Map.of("email", email,
                "displayName", "Forgetful", "password", "a long passphrase", "role", "ADMIN", "partnerId", ""));

        browser.open("/login?lang=de");
        browser.navigateByClicking("main a[href='/account/forgot']");
        browser.assertAccessible("forgot");
        browser.find("#email").sendKeys(email);
        browser.navigateByClicking("main form button[type=submit]");
        assertThat(browser.find("[role=status]").getText()).startsWith("Wenn ein Konto diese Adresse hat");

        Matcher link = Pattern.compile("/account/password/[A-Za-z0-9_-]{43}")
                .matcher((String) mailTo(email, "neues Passwort").getContent());
        assertThat(link.find()).isTrue();
        browser.open(link.group());
        assertThat(browser.find("h1").getText()).isEqualTo("Neues Passwort setzen");
        browser.assertAccessible("set-password");
        browser.find("#password").sendKeys("a quiet river of many words");
        browser.find("#repeated").sendKeys("a quiet river of many words");
        browser.navigateByClicking("main form button[type=submit]");

        assertThat(browser.path()).isEqualTo("/login");
        assertThat(browser.find("[role=status]").getText()).isEqualTo("Ihr Passwort ist gesetzt. Melden Sie sich damit an.");
        browser.find("#username").sendKeys(email);
        browser.find("#password").sendKeys("a quiet river of many words");
        browser.navigateByClicking("form[action='/login'] button");
        assertThat(browser.path()).isNotEqualTo("/login");
    }
}
