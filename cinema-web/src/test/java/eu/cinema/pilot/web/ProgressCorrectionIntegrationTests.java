package eu.cinema.pilot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.ReadableHistory;

/** Progress that its editors correct and withdraw with a reason, nothing deleted, the figures following at once. */
@PortalIntegrationTest
class ProgressCorrectionIntegrationTests {

    static final String KOSICE_EDITOR = "partner@cinema.demo";

    @LocalServerPort
    int port;

    @Autowired
    PilotRepository pilots;

    @Test
    void aFormSentTwiceLogsOneUpdateAndACorrectionMovesItsTextAndItsValue() {
        PortalClient editor = signedIn(KOSICE_EDITOR);
        long id = kosicePilot();
        String narrative = "Open studio day with the makers of the neighbourhood, their workshops and a market in the courtyard " + System.nanoTime();
        Page form = editor.get("/pilots/" + id + "/edit");
        String eventsField = eventsField(form.document());

        Map<String, String> update = Map.of("happenedOn", LocalDate.now().minusDays(1).toString(), "narrative", narrative,
                "narrativeLang", "en", "published", "true", eventsField, "9");
        // As a browser does after each post: the page the redirect leads to (it shows the flash message).
        editor.get(editor.submit(form, "form[action='/pilots/" + id + "/updates']", update).location());
        editor.get(editor.submit(form, "form[action='/pilots/" + id + "/updates']", update).location());

        Document edit = editor.get("/pilots/" + id + "/edit").document();
        assertThat(edit.select(".timeline li").eachText().stream().filter(text -> text.contains(narrative))).hasSize(1);
        String correction = correctionLinkOf(edit, narrative);
        Page corrected = editor.submitAsShown(editor.get(correction), "form[action='" + correction + "']",
                Map.of("narrative", narrative + ", with 60 visitors", valueFieldOf(editor.get(correction).document()), "6"));

        assertThat(corrected.header("Location")).as("back where the update is listed").endsWith("/pilots/" + id + "/edit#updates-heading");
        assertThat(editor.get(corrected.location()).text("section[aria-labelledby=updates-heading] [role=status]"))
                .isEqualTo("The update is corrected.");
        Document publicPage = new PortalClient(port).get("/pilots/" + id + "?lang=en").document();
        assertThat(publicPage.text()).contains(narrative + ", with 60 visitors");
        Document history = editor.get(correction).document();
        assertThat(history.select(".history-list ins").eachText()).contains("added: , with 60 visitors");
        ReadableHistory.assertReadsInWords(history.selectFirst("main"));
    }

    @Test
    void aWithdrawnUpdateLeavesThePublicAndTheProgressAndItsMilestoneIsOpenAgain() {
        PortalClient editor = signedIn(KOSICE_EDITOR);
        long id = kosicePilot();
        String milestone = "Courtyard concert " + System.nanoTime();
        int original = percent(id);
        editor.submit(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/milestones']",
                Map.of("milestoneTitle", milestone, "dueOn", "2026-06-30", "weight", "10"));
        int before = percent(id);
        Document page = editor.get("/pilots/" + id + "/edit").document();
        String milestoneId = page.select("input[name=milestonesReached]").stream()
                .filter(box -> page.selectFirst("label[for=" + box.id() + "]").text().equals(milestone)).findFirst().orElseThrow().val();
        String narrative = "The concert took place " + System.nanoTime();
        editor.submit(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/updates']",
                Map.of("happenedOn", LocalDate.now().minusDays(2).toString(), "narrative", narrative, "published", "true",
                        "milestonesReached", milestoneId));
        assertThat(percent(id)).isGreaterThan(before);
        String correction = correctionLinkOf(editor.get("/pilots/" + id + "/edit").document(), narrative);

        Page noReason = editor.submit(editor.get(correction), "form[action='" + correction + "/withdraw']", Map.of("reason", "  "));
        Page withdrawn = editor.submit(editor.get(correction), "form[action='" + correction + "/withdraw']",
                Map.of("reason", "Logged for the wrong pilot."));

        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.text("#reason-error")).isEqualTo("Fill in this field.");
        assertThat(withdrawn.header("Location")).endsWith("/pilots/" + id + "/edit#updates-heading");
        assertThat(new PortalClient(port).get("/pilots/" + id).body()).doesNotContain(narrative);
        assertThat(percent(id)).as("the milestone only it reached is open again").isEqualTo(before);
        assertThat(editor.get(correction).status()).as("a withdrawn update is not corrected again").isEqualTo(404);
        Document afterwards = editor.get("/pilots/" + id + "/edit?lang=en").document();
        assertThat(afterwards.select(".timeline").text()).doesNotContain(narrative);
        assertThat(afterwards.select(".history").text()).as("the history keeps who, when and why")
                .contains(narrative, "by Demo partner editor: Logged for the wrong pilot.").doesNotContain("partner@cinema.demo");
        ReadableHistory.assertReadsInWords(afterwards.selectFirst(".history"));

        String milestoneCorrection = "/pilots/" + id + "/milestones/" + milestoneId;
        editor.submit(editor.get(milestoneCorrection), "form[action='" + milestoneCorrection + "/withdraw']",
                Map.of("reason", "Cancelled by the city."));
        assertThat(new PortalClient(port).get("/pilots/" + id).body()).doesNotContain(milestone);
        assertThat(percent(id)).as("the withdrawn milestone counts no more").isEqualTo(original);
    }

    @Test
    void anotherOrganisationsEditorCannotCorrectOrWithdrawAndAStaleCorrectionIsRefused() {
        PortalClient editor = signedIn(KOSICE_EDITOR);
        long id = kosicePilot();
        String name = "Visitors " + System.nanoTime();
        editor.submit(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/indicators']",
                Map.of("name", name, "unit", "people", "baseline", "0", "target", "100"));
        String indicator = editor.get("/pilots/" + id + "/edit").document().select("a[href^=/pilots/" + id + "/indicators/]").stream()
                .filter(link -> link.attr("aria-label").contains(name)).findFirst().orElseThrow().attr("href");
        PortalClient stranger = signedIn("municipality@cinema.demo");
        String csrf = stranger.get("/workspace").document().selectFirst("input[name=_csrf]").val();

        assertThat(stranger.get(indicator).status()).isEqualTo(403);
        assertThat(stranger.post(indicator + "/withdraw", Map.of("_csrf", csrf, "reason", "Mine now", "version", "0")).status()).isEqualTo(403);

        Page seen = editor.get(indicator);
        editor.submitAsShown(editor.get(indicator), "form[action='" + indicator + "']", Map.of("target", "120"));
        Page stale = editor.submitAsShown(seen, "form[action='" + indicator + "']", Map.of("target", "150"));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.text(".alert-error")).contains("Someone else saved this in between");
        assertThat(stale.document().selectFirst("#target").val()).isEqualTo("150");
        assertThat(editor.get(indicator).document().selectFirst("#target").val()).isEqualTo("120.00");
    }

    private int percent(long pilotId) {
        String text = new PortalClient(port).get("/pilots/" + pilotId + "?lang=en").text("section[aria-labelledby=progress-heading] p");
        return Integer.parseInt(text.replaceAll("\\D", ""));
    }

    private static String eventsField(Document page) {
        String events = page.select("label").stream().filter(label -> label.text().startsWith("Events held"))
                .findFirst().orElseThrow().attr("for");
        return "indicatorValues[" + events.substring("value-".length()) + "]";
    }

    private static String valueFieldOf(Document correctionPage) {
        return correctionPage.selectFirst("input[name^=values]").attr("name");
    }

    private static String correctionLinkOf(Document editPage, String narrative) {
        Element entry = editPage.select(".timeline li").stream().filter(li -> li.text().contains(narrative)).findFirst().orElseThrow();
        return entry.selectFirst("a[href*=/updates/]").attr("href");
    }

    private long kosicePilot() {
        return pilots.findAll().stream().filter(p -> p.getTitle().equals("Creative Center Košice")).findFirst()
                .map(Pilot::getId).orElseThrow();
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(port);
        client.signIn(email, PortalClient.DEMO_PASSWORD);
        return client;
    }
}
