package eu.cinema.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.web.HtmlChecker;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.WithMailServer;

/**
 * Accounts as people expect them, through a real SMTP server: an administrator invites a person, who sets their own
 * password through a one-time link; "Forgot your password?" sends a reset link that ends the account's sessions;
 * forged, expired and used links change nothing; requests are the same for unknown addresses and throttled.
 */
class AccountLinksIntegrationTests extends WithMailServer {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s]+/account/password/([A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void forgetEarlierRequests() {
        jdbc.sql("DELETE FROM shared_counter WHERE key LIKE 'password-reset%'").update();
    }

    @Test
    void anInvitedPersonChoosesTheirPasswordOnceAndTheAdministratorSeesTheirSignIn() throws Exception {
        String email = unique("invited");
        PortalClient admin = admin();
        Page invited = admin.submit(admin.get("/admin/accounts/new"), "form[action='/admin/accounts']",
                Map.of("email", email, "displayName", "Ivana Invited", "password", "", "role", "ADMIN", "partnerId", ""));
        String path = "/account/password/" + token(mailTo(email, "your account"));

        PortalClient person = new PortalClient(port);
        Page form = person.get(path);
        Page weak = person.submit(form, "main form", Map.of("password", "password123", "repeated", "password123"));
        Page differ = person.submit(person.get(path), "main form", Map.of("password", "a long passphrase", "repeated", "another"));
        Page set = person.submit(person.get(path), "main form", Map.of("password", "my very own passphrase",
                "repeated", "my very own passphrase"));

        assertThat(admin.get(invited.location()).text("[role=status]")).isEqualTo("An invitation was sent to " + email + ".");
        assertThat(form.text("h1")).isEqualTo("Welcome: choose your password");
        HtmlChecker.assertValid(path, form.body());
        assertThat(weak.text("[role=alert]")).isNotBlank();
        assertThat(differ.text("[role=alert]")).isEqualTo("The two passwords are not the same.");
        assertThat(set.location()).isEqualTo("/login?passwordSet");
        assertThat(new PortalClient(port).signIn(email, "my very own passphrase").location()).isEqualTo("/workspace");
        Page again = new PortalClient(port).get(path);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.text("main p")).startsWith("This link was used already");
        assertThat(admin.get("/admin/accounts").document().select("tr").stream()
                .filter(row -> row.text().contains(email)).findFirst().orElseThrow().text()).doesNotContain("never");
    }

    @Test
    void aResetLinkReplacesAForgottenPasswordAndEndsTheAccountsSessions() throws Exception {
        String email = unique("forgetful");
        createAccount(email);
        PortalClient elsewhere = new PortalClient(port);
        elsewhere.signIn(email, "a long passphrase");
        PortalClient person = new PortalClient(port);

        Page asked = person.submit(person.get("/account/forgot"), "main form", Map.of("email", email.toUpperCase()));
        String path = "/account/password/" + token(mailTo(email, "set a new password"));
        Page set = person.submit(person.get(path), "main form", Map.of("password", "a brand new passphrase",
                "repeated", "a brand new passphrase"));

        assertThat(asked.location()).isEqualTo("/account/forgot?sent");
        assertThat(person.get(asked.location()).text("[role=status]")).startsWith("If an account has this address");
        assertThat(set.location()).isEqualTo("/login?passwordSet");
        assertThat(elsewhere.get("/account").location()).as("the other session ended").startsWith("/login");
        assertThat(new PortalClient(port).signIn(email, "a long passphrase").location()).isEqualTo("/login?error");
        assertThat(new PortalClient(port).signIn(email, "a brand new passphrase").location()).isEqualTo("/workspace");
    }

    @Test
    void anUnknownAddressGetsTheSameAnswerAndNoMail() {
        String nobody = unique("nobody");
        PortalClient visitor = new PortalClient(port);
        int mailsBefore = SMTP.getReceivedMessages().length;

        Page asked = visitor.submit(visitor.get("/account/forgot"), "main form", Map.of("email", nobody));

        assertThat(asked.location()).isEqualTo("/account/forgot?sent");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).skip(mailsBefore)).noneMatch(mail -> sentTo(mail, nobody));
    }

    @Test
    void forgedAndExpiredLinksChangeNothing() throws Exception {
        String email = unique("expired");
        createAccount(email);
        PortalClient person = new PortalClient(port);
        person.submit(person.get("/account/forgot"), "main form", Map.of("email", email));
        String token = token(mailTo(email, "set a new password"));
        jdbc.sql("UPDATE account_link SET expires_at = now() - interval '1 minute' WHERE account_id = "
                + "(SELECT id FROM account WHERE email = ?)").param(email).update();

        Page expired = person.get("/account/password/" + token);
        Page forged = person.get("/account/password/" + "A".repeat(43));
        Page garbage = person.get("/account/password/%3Cscript%3E");
        String csrf = person.get("/account/forgot").document().selectFirst("input[name=_csrf]").val();
        Page postedExpired = person.post("/account/password/" + token, Map.of("_csrf", csrf, "password", "a brand new passphrase",
                "repeated", "a brand new passphrase"));

        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.text("main p")).startsWith("This link has expired");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(garbage.status()).isIn(400, 404);
        assertThat(postedExpired.status()).isEqualTo(410);
        assertThat(new PortalClient(port).signIn(email, "a long passphrase").location()).isEqualTo("/workspace");
    }

    @Test
    void anInvitationToAnAddressWithAnAccountIsRefusedBesideTheField() {
        PortalClient admin = admin();

        Page refused = admin.submit(admin.get("/admin/accounts/new"), "form[action='/admin/accounts']",
                Map.of("email", "partner@cinema.demo", "displayName", "Twice", "password", "", "role", "ADMIN", "partnerId", ""));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#email-error")).isNotBlank();
    }

    @Test
    void aFloodOfResetRequestsSendsAtMostThreeLinksPerAccountAndIsThrottledPerAddress() {
        String email = unique("flooded");
        createAccount(email);
        PortalClient flooder = new PortalClient(port);
        Page last = null;
        for (int i = 0; i < 6; i++) {
            last = flooder.submit(flooder.get("/account/forgot"), "main form", Map.of("email", email));
        }

        assertThat(jdbc.sql("SELECT count(*) FROM account_link l JOIN account a ON a.id = l.account_id WHERE a.email = ?")
                .param(email).query(Long.class).single()).isEqualTo(3);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.text("#email-error")).startsWith("Too many requests");
    }

    private PortalClient admin() {
        PortalClient admin = new PortalClient(port);
        admin.signIn("admin@cinema.demo", PortalClient.DEMO_PASSWORD);
        return admin;
    }

    private void createAccount(String email) {
        PortalClient admin = admin();
        admin.submit(admin.get("/admin/accounts/new"), "form[action='/admin/accounts']", Map.of("email", email,
                "displayName", "Someone", "password", "a long passphrase", "role", "ADMIN", "partnerId", ""));
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).as("the mail holds the link").isTrue();
        return link.group(1);
    }

    private static boolean sentTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getAllRecipients()).anyMatch(to -> to.toString().equals(address));
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String unique(String who) {
        return who + "." + System.nanoTime() + "@example.org";
    }
}
