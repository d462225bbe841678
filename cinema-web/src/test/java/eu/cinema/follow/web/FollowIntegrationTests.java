package eu.cinema.follow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.privacy.PrivacyService;
import eu.cinema.testsupport.web.HtmlChecker;
import eu.cinema.testsupport.web.PlanDrafts;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.WithMailServer;

/**
 * Following over real HTTP and a real SMTP server: the request, the confirmation link, the digest after a pilot update
 * and a plan publication, one-click unsubscribe, the manage page, editors who need no confirmation, and every refusal.
 */
class FollowIntegrationTests extends WithMailServer {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/follow/(confirm|manage|unsubscribe)/[A-Za-z0-9_-]{43})");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DigestJob digests;

    @Autowired
    PilotRepository pilots;

    @Autowired
    PrivacyService privacy;

    @BeforeEach
    void freshLimits() {
        jdbc.update("DELETE FROM shared_counter WHERE key LIKE 'follow-%'");
    }

    @Test
    void aVisitorConfirmsGetsADigestInTheirLanguageOfAPilotUpdateAndAPlanPublicationAndUnsubscribesWithOneClick() throws Exception {
        String address = "follower-" + System.nanoTime() + "@example.org";
        long pilot = kosicePilot();
        PortalClient municipality = signedIn("municipality@cinema.demo");
        long plan = PlanDrafts.planWithAction(municipality, "Followed plan " + System.nanoTime());
        PlanDrafts.publish(municipality, plan, 1);

        PortalClient visitor = new PortalClient(port);
        Page asked = follow(visitor, "pilot:" + pilot, Map.of("email", address, "language", "de", "frequency", "DAILY", "consent", "true"));
        assertThat(asked.location()).isEqualTo("/follow?target=pilot:" + pilot);
        assertThat(visitor.get(asked.location()).text(".alert-success")).isEqualTo("We sent a link to " + address + " to confirm. It works for 7 days.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follow_subscription s JOIN follower f ON f.id = s.follower_id "
                + "WHERE f.email = ? AND s.confirmed_at IS NULL", Integer.class, address)).as("waiting, not yet followed").isEqualTo(1);

        MimeMessage confirmation = mailTo(address, "Bestätigen");
        assertThat(confirmation.getSubject()).isEqualTo("Bestätigen: Creative Center Košice folgen");
        assertThat(confirmation.getHeader("List-Unsubscribe")).as("every letter can end every subscription").hasSize(1);
        Page confirmPage = visitor.get(link(confirmation, "confirm"));
        assertThat(confirmPage.text("main")).contains("Confirm that you want the digests of Creative Center Košice");
        HtmlChecker.assertValid("confirm", confirmPage.body());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follow_subscription s JOIN follower f ON f.id = s.follower_id "
                + "WHERE f.email = ? AND s.confirmed_at IS NULL", Integer.class, address)).as("opening the link confirms nothing").isEqualTo(1);
        Page confirmed = confirm(visitor, link(confirmation, "confirm"));
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.text(".alert-success")).isEqualTo("You follow Creative Center Košice now.");
        HtmlChecker.assertValid("confirmed", confirmed.body());
        assertThat(visitor.get(link(confirmation, "confirm")).status()).as("a link works once").isEqualTo(400);
        int letters = SMTP.getReceivedMessages().length;
        PortalClient someoneElse = new PortalClient(port);
        Page again = follow(someoneElse, "pilot:" + pilot, Map.of("email", address, "language", "en", "frequency", "WEEKLY",
                "consent", "true"));
        assertThat(someoneElse.get(again.location()).text(".alert-success")).as("answered as a new request: nothing is given away")
                .isEqualTo("We sent a link to " + address + " to confirm. It works for 7 days.");
        assertThat(SMTP.getReceivedMessages()).as("but nothing is sent").hasSize(letters);
        follow(visitor, "plan:" + plan, Map.of("email", address.toUpperCase(), "language", "en", "frequency", "WEEKLY", "consent", "true"));
        confirm(visitor, link(mailTo(address, "Bestätigen: Followed plan"), "confirm"));

        // A day has passed since the follower's last digest; then the pilot logs an update and the plan a new version.
        jdbc.update("UPDATE follower SET digested_until = now() - interval '1 day' WHERE email = ?", address);
        String narrative = "Courtyard market " + System.nanoTime();
        PortalClient partner = signedIn("partner@cinema.demo");
        String milestone = "Courtyard opened " + System.nanoTime();
        partner.submit(partner.get("/pilots/" + pilot + "/edit"), "form[action='/pilots/" + pilot + "/milestones']",
                Map.of("milestoneTitle", milestone, "dueOn", "2026-11-30", "weight", "10"));
        Page edit = partner.get("/pilots/" + pilot + "/edit");
        String milestoneId = edit.document().select("input[name=milestonesReached]").stream()
                .filter(box -> edit.document().selectFirst("label[for=" + box.id() + "]").text().equals(milestone))
                .findFirst().orElseThrow().val();
        partner.submit(edit, "form[action='/pilots/" + pilot + "/updates']", Map.of("happenedOn", "2026-11-20", "narrative", narrative,
                "narrativeLang", "en", "published", "true", "milestonesReached", milestoneId));
        municipality.submit(municipality.get("/plans/" + plan + "/edit"), "form[action='/plans/" + plan + "/drafts']", Map.of());
        PlanDrafts.publish(municipality, plan, 2);
        digests.send();

        MimeMessage digest = mailTo(address, "bei CINEMA folgen");
        String body = digest.getContent().toString();
        assertThat(digest.getSubject()).matches("\\d+ Änderung(en)? in dem, was Sie bei CINEMA folgen");
        assertThat(body).contains("Was sich seit gestern", "== Creative Center Košice ==", "Fortschrittsbericht vom 20.11.2026", "Meilenstein erreicht: " + milestone,
                "== Followed plan", "Version 2 veröffentlicht", "/plans/" + plan + "/versions/2", "Alles abbestellen:");
        String unsubscribe = digest.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).matches("<https?://[^>]+/follow/unsubscribe/[A-Za-z0-9_-]{43}>");
        assertThat(digest.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(jdbc.queryForObject("SELECT delivery FROM follow_digest d JOIN follower f ON f.id = d.follower_id WHERE f.email = ?",
                String.class, address)).isEqualTo("SENT");

        assertThat(signedIn("admin@cinema.demo").get("/admin/outbox").text("main")).doesNotContain("digests wait");
        jdbc.update("INSERT INTO follow_digest (follower_id, changes, delivery) SELECT id, 1, 'NO_MAIL_SERVER' FROM follower WHERE email = ?",
                address);
        jdbc.update("UPDATE follower SET digested_until = now() - interval '1 hour' WHERE email = ?", address);
        assertThat(signedIn("admin@cinema.demo").get("/admin/outbox").text(".alert-info")).as("a digest that could not leave")
                .startsWith("Followers’ digests wait for 1 address: no mail server");
        jdbc.update("DELETE FROM follow_digest WHERE delivery = 'NO_MAIL_SERVER'");
        jdbc.update("UPDATE follower SET digested_until = now() WHERE email = ?", address);

        int received = SMTP.getReceivedMessages().length;
        digests.send();
        assertThat(SMTP.getReceivedMessages()).as("nothing is due again the same day").hasSize(received);

        // A mail program's one-click unsubscribe: a bare POST, no session, no CSRF token.
        String path = unsubscribe.substring(unsubscribe.indexOf("/follow/"), unsubscribe.length() - 1);
        Page gone = new PortalClient(port).raw("POST", path, "List-Unsubscribe=One-Click");
        assertThat(gone.status()).isEqualTo(200);
        HtmlChecker.assertValid("unsubscribed", gone.body());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follower WHERE email = ?", Integer.class, address)).isZero();
        assertThat(new PortalClient(port).raw("POST", path, "List-Unsubscribe=One-Click").status()).as("again: the same answer").isEqualTo(200);
        assertThat(new PortalClient(port).get(path).status()).as("the page of a forgotten address").isEqualTo(400);
    }

    @Test
    void theManagePageChangesRenewsAndEndsSubscriptionsOfItsOwnAddressOnly() throws Exception {
        String address = "manager-" + System.nanoTime() + "@example.org";
        PortalClient visitor = new PortalClient(port);
        follow(visitor, "layer:sites", Map.of("email", address, "language", "en", "frequency", "WEEKLY", "consent", "true"));
        MimeMessage confirmation = mailTo(address, "Confirm: follow Empty and under-used floor space");
        confirm(visitor, link(confirmation, "confirm"));
        follow(visitor, "city:7", Map.of("email", address, "language", "en", "frequency", "WEEKLY", "consent", "true"));
        String manage = link(confirmation, "manage");

        Page page = visitor.get(manage);
        HtmlChecker.assertValid(manage, page.body());
        HtmlChecker.assertValid("unsubscribe", visitor.get(manage.replace("manage", "unsubscribe")).body());
        assertThat(page.text("main")).contains("The e-mails go to " + address, "Map layer: Empty and under-used floor space",
                "City: Reșița", "Waiting for confirmation", "Your subscriptions end on");
        Page changed = visitor.submitAsShown(page, "form[action='" + manage + "']", Map.of("language", "ro", "frequency", "DAILY"));
        assertThat(changed.location()).isEqualTo(manage);
        assertThat(jdbc.queryForMap("SELECT language, frequency FROM follower WHERE email = ?", address))
                .containsEntry("language", "ro").containsEntry("frequency", "DAILY");

        jdbc.update("UPDATE follower SET renewed_at = now() - interval '300 days' WHERE email = ?", address);
        visitor.submit(visitor.get(manage), "form[action='" + manage + "/renew']", Map.of());
        assertThat(jdbc.queryForObject("SELECT renewed_at > now() - interval '1 minute' FROM follower WHERE email = ?", Boolean.class, address))
                .isTrue();

        long other = otherFollowersSubscription();
        Page foreign = visitor.post(manage + "/subscriptions/" + other + "/delete", Map.of("_csrf", csrf(visitor, manage)));
        assertThat(foreign.status()).as("another address's subscription").isEqualTo(404);
        long layer = jdbc.queryForObject("SELECT s.id FROM follow_subscription s JOIN follower f ON f.id = s.follower_id "
                + "WHERE f.email = ? AND s.target_kind = 'LAYER'", Long.class, address);
        visitor.submit(visitor.get(manage), "form[action='" + manage + "/subscriptions/" + layer + "/delete']", Map.of());
        assertThat(visitor.get(manage).text("main")).doesNotContain("Empty and under-used floor space").contains("City: Reșița");

        Page forged = visitor.get("/follow/manage/" + "A".repeat(43));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.text("main")).contains("This link does not work");
        assertThat(visitor.get("/follow/manage/short").status()).isEqualTo(400);
    }

    @Test
    void aSignedInEditorFollowsWithoutConfirming() {
        PortalClient editor = signedIn("partner@cinema.demo");
        long pilot = kosicePilot();
        Page form = editor.get("/follow?target=pilot:" + pilot);
        assertThat(form.text("main form")).contains("You are signed in: the e-mails go to partner@cinema.demo");
        assertThat(form.document().select("input[name=email]")).isEmpty();

        Page followed = editor.submitAsShown(form, "form[action='/follow']", Map.of("frequency", "DAILY"));
        assertThat(followed.status()).as(followed.body()).isEqualTo(302);
        assertThat(editor.get(followed.location()).text(".alert-success")).isEqualTo(
                "You follow Creative Center Košice now; the e-mails go to partner@cinema.demo.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follow_subscription s JOIN follower f ON f.id = s.follower_id "
                + "WHERE f.email = 'partner@cinema.demo' AND s.target_key = ? AND s.confirmed_at IS NOT NULL", Integer.class,
                String.valueOf(pilot))).isEqualTo(1);
    }

    @Test
    void badRequestsAreRefusedWithAMessageAndNothingIsKept() {
        PortalClient visitor = new PortalClient(port);
        String address = "refused-" + System.nanoTime() + "@example.org";

        Page noConsent = follow(visitor, "layer:retail", Map.of("email", address, "language", "en", "frequency", "DAILY"));
        Page badAddress = follow(visitor, "layer:retail", Map.of("email", "not an address", "language", "en", "frequency", "DAILY",
                "consent", "true"));
        Page foreignLanguage = follow(visitor, "layer:retail", Map.of("email", address, "language", "fr", "frequency", "DAILY",
                "consent", "true"));
        Page robot = follow(visitor, "layer:retail", Map.of("email", address, "language", "en", "frequency", "DAILY", "consent", "true",
                "homepage", "http://spam.example"));
        assertThat(noConsent.status()).isEqualTo(200);
        assertThat(noConsent.text("#consent-error")).isEqualTo("Tick the box to agree; without it no e-mail can be sent.");
        assertThat(noConsent.document().selectFirst("#email").val()).as("the input is kept").isEqualTo(address);
        assertThat(badAddress.document().select("#email-error")).isNotEmpty();
        assertThat(foreignLanguage.text("#language-error")).isEqualTo("Choose one of the portal’s languages.");
        assertThat(robot.location()).as("a robot is thanked like a person").startsWith("/follow?target=layer:retail");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follower WHERE email = ?", Integer.class, address)).isZero();

        assertThat(visitor.get("/follow?target=plan:999999").status()).isEqualTo(404);
        Page nonsense = visitor.get("/follow?target=mayor:1");
        assertThat(nonsense.status()).isEqualTo(400);
        assertThat(nonsense.text("main")).contains("This is nothing one can follow.");
        assertThat(visitor.get("/follow?target=layer:Sites%3Cscript%3E").status()).isEqualTo(400);
        Page unknownLink = visitor.get("/follow/confirm/" + "b".repeat(43));
        assertThat(visitor.raw("POST", "/follow/confirm/" + "b".repeat(43), "").status()).as("without a session's token").isEqualTo(403);
        assertThat(unknownLink.status()).isEqualTo(400);
        assertThat(unknownLink.text("main")).contains("This link does not work");
        assertThat(visitor.raw("POST", "/follow", "target=layer%3Asites&email=a%00b%40example.org").status()).isEqualTo(400);
    }

    @Test
    void oneMailboxGetsAtMostThreeConfirmationsAnHourWhoeverAsks() {
        String victim = "victim-" + System.nanoTime() + "@example.org";
        for (String target : new String[] {"layer:sites", "layer:retail", "layer:actors"}) {
            assertThat(follow(new PortalClient(port), target, Map.of("email", victim, "language", "en", "frequency", "DAILY",
                    "consent", "true")).status()).isEqualTo(302);
        }
        Page flood = follow(new PortalClient(port), "city:1", Map.of("email", victim, "language", "en", "frequency", "DAILY",
                "consent", "true"));
        assertThat(flood.status()).isEqualTo(200);
        assertThat(flood.text(".alert-error")).isEqualTo("Too many subscription requests; please try again in an hour.");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follow_subscription s JOIN follower f ON f.id = s.follower_id "
                + "WHERE f.email = ?", Integer.class, victim)).isEqualTo(3);
    }

    @Test
    void subscriptionsAreInThePersonalDataAndExpireAYearAfterTheLastConfirmation() {
        String address = "kept-" + System.nanoTime() + "@example.org";
        String stale = "stale-" + System.nanoTime() + "@example.org";
        follow(new PortalClient(port), "layer:actors", Map.of("email", address, "language", "en", "frequency", "DAILY", "consent", "true"));
        follow(new PortalClient(port), "layer:actors", Map.of("email", stale, "language", "en", "frequency", "DAILY", "consent", "true"));
        jdbc.update("UPDATE follow_subscription SET confirmed_at = now(), confirm_token_hash = NULL WHERE follower_id = "
                + "(SELECT id FROM follower WHERE email = ?)", stale);
        jdbc.update("UPDATE follower SET renewed_at = now() - interval '366 days' WHERE email = ?", stale);

        PortalClient admin = signedIn("admin@cinema.demo");
        Page found = admin.submit(admin.get("/admin/privacy"), "form[action='/admin/privacy']", Map.of("email", address));
        Page export = admin.submit(found, "form[action='/admin/privacy/export']", Map.of());
        assertThat(export.body()).contains("follower", "LAYER", "actors", "DAILY");
        privacy.expire(Instant.now());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follower WHERE email = ?", Integer.class, stale)).as("a year unrenewed").isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follower WHERE email = ?", Integer.class, address)).isEqualTo(1);

        privacy.expire(Instant.now().plus(8, ChronoUnit.DAYS));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follower WHERE email = ?", Integer.class, address))
                .as("a request nobody confirmed in a week").isZero();
        follow(new PortalClient(port), "layer:actors", Map.of("email", address, "language", "en", "frequency", "DAILY", "consent", "true"));
        Page again = admin.submit(admin.get("/admin/privacy"), "form[action='/admin/privacy']", Map.of("email", address));
        admin.submit(again, "form[action='/admin/privacy/erase']", Map.of("confirmed", "true"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM follower WHERE email = ?", Integer.class, address)).as("erased").isZero();
    }

    private Page follow(PortalClient visitor, String target, Map<String, String> values) {
        Page form = visitor.get("/follow?target=" + target);
        Map<String, String> fields = new HashMap<>(values);
        fields.put("_csrf", form.document().select("input[name=_csrf]").val());
        fields.put("target", target);
        return visitor.post("/follow", fields);
    }

    /** Opens the confirmation link and presses its button, as the address's owner does. */
    private static Page confirm(PortalClient visitor, String path) {
        return visitor.submit(visitor.get(path), "form[action='" + path + "']", Map.of());
    }

    private long otherFollowersSubscription() {
        String other = "other-" + System.nanoTime() + "@example.org";
        follow(new PortalClient(port), "layer:retail", Map.of("email", other, "language", "en", "frequency", "DAILY", "consent", "true"));
        return jdbc.queryForObject("SELECT s.id FROM follow_subscription s JOIN follower f ON f.id = s.follower_id WHERE f.email = ?",
                Long.class, other);
    }

    private String csrf(PortalClient client, String path) {
        return client.get(path).document().select("input[name=_csrf]").val();
    }

    private static String link(MimeMessage mail, String kind) throws Exception {
        Matcher link = LINK.matcher(mail.getContent().toString());
        while (link.find()) {
            if (link.group(2).equals(kind)) {
                return link.group(1);
            }
        }
        throw new AssertionError("No " + kind + " link in " + mail.getContent());
    }

    private long kosicePilot() {
        return pilots.findAll().stream().filter(p -> p.getTitle().equals("Creative Center Košice")).findFirst().map(Pilot::getId).orElseThrow();
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(port);
        client.signIn(email, PortalClient.DEMO_PASSWORD);
        return client;
    }
}
