package eu.cinema.pilot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.pilot.PilotStatus;
import eu.cinema.region.CityRepository;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * One meaning of progress: it comes from the milestones, a planned pilot has none and reaches nothing, a pilot is completed
 * only with its milestones settled, and overdue means an open milestone past its date while the pilot is underway.
 */
@PortalIntegrationTest
class ProgressRulesIntegrationTests {

    static final String KOSICE_EDITOR = "partner@cinema.demo";

    @LocalServerPort
    int port;

    @Autowired
    PilotRepository pilots;

    @Autowired
    CityRepository cities;

    @Test
    void aPlannedPilotHasNoProgressAndReachesNoMilestoneUntilItRuns() {
        PortalClient editor = signedIn();
        long id = newPilot(editor, "PLANNED");
        String milestone = addMilestone(editor, id, "Studios rented", "2025-03-31", "50");

        Document planned = new PortalClient(port).get("/pilots/" + id + "?lang=en").document();
        Page refused = editor.post("/pilots/" + id + "/updates", Map.of("_csrf", csrf(editor, id), "happenedOn", "2025-01-10",
                "narrative", "Rented early", "narrativeLang", "en", "published", "true", "milestonesReached", milestone));

        assertThat(planned.select("section[aria-labelledby=progress-heading] .progress-line").text())
                .isEqualTo("Planned: no progress before it starts");
        assertThat(planned.select("section[aria-labelledby=progress-heading] svg.bar")).isEmpty();
        assertThat(editor.get("/pilots/" + id + "/edit").document().select("input[name=milestonesReached]"))
                .as("the form offers no milestone to reach").isEmpty();
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text(".error-summary li")).isEqualTo("A planned pilot reaches no milestones yet: mark it as running first.");
        assertThat(listCardOf(id).text()).contains("Planned: no progress before it starts");
    }

    @Test
    void aPilotIsCompletedOnlyWithItsMilestonesReachedOrClosedWithAReason() {
        PortalClient editor = signedIn();
        long id = newPilot(editor, "RUNNING");
        String reached = addMilestone(editor, id, "Studios open", "2024-03-31", "60");
        String open = addMilestone(editor, id, "Café in the courtyard", "2024-09-30", "40");
        editor.submit(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/updates']",
                Map.of("happenedOn", "2024-03-20", "narrative", "The studios opened.", "published", "true", "milestonesReached", reached));

        Page refused = completed(editor, id);
        String closing = "/pilots/" + id + "/milestones/" + open;
        Page noReason = editor.submit(editor.get(closing), "form[action='" + closing + "/close']", Map.of("closingReason", " "));
        Page closed = editor.submit(editor.get(closing), "form[action='" + closing + "/close']",
                Map.of("closingReason", "The courtyard stayed closed for repairs."));
        Page accepted = completed(editor, id);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text("#status-error")).isEqualTo(
                "A pilot is completed when each milestone is reached or closed as not reached. Still open: Café in the courtyard.");
        assertThat(noReason.text("#closingReason-error")).isEqualTo("Fill in this field.");
        assertThat(closed.header("Location")).endsWith("/pilots/" + id + "/edit#milestones-heading");
        assertThat(accepted.status()).isEqualTo(302);
        assertThat(pilots.findById(id).orElseThrow().getStatus()).isEqualTo(PilotStatus.COMPLETED);
        Document page = new PortalClient(port).get("/pilots/" + id + "?lang=en").document();
        assertThat(page.select("section[aria-labelledby=progress-heading] .progress-line").text()).isEqualTo("60% done");
        assertThat(page.select("section[aria-labelledby=progress-heading] td").eachText())
                .contains("Closed as not reached: The courtyard stayed closed for repairs.");
        assertThat(editor.get(closing).document().select("form[action='" + closing + "/close']"))
                .as("a settled milestone is not closed again").isEmpty();
        assertThat(listCardOf(id).text()).contains("60% done");
        assertThat(new PortalClient(port).get("/dashboard?lang=en").document().select("tr").stream()
                .filter(row -> row.text().contains(titleOf(id))).findFirst().orElseThrow().text()).contains("Completed", "60% done");
    }

    @Test
    void overdueMeansAnOpenMilestonePastItsDateWithTheDaysWhileThePilotRuns() {
        PortalClient editor = signedIn();
        long id = newPilot(editor, "RUNNING");
        LocalDate due = LocalDate.now().minusDays(12);
        addMilestone(editor, id, "Opening night", due.toString(), "30");

        Document edit = editor.get("/pilots/" + id + "/edit?lang=en").document();

        assertThat(edit.select(".status-overview .alert-error li").eachText()).singleElement().asString()
                .startsWith("Opening night, due ").endsWith(": 12 days overdue");
        assertThat(edit.select(".status-overview").text()).as("shown once").containsOnlyOnce("Opening night");
    }

    @Test
    void datesAreTypedAndShownAsTheInterfaceLanguageWritesThem() {
        PortalClient editor = signedIn();
        long id = newPilot(editor, "RUNNING");
        Page german = editor.get("/pilots/" + id + "/edit?lang=de");

        Page added = editor.submit(german, "form[action='/pilots/" + id + "/milestones']",
                Map.of("milestoneTitle", "Sommerfest", "dueOn", "30.06.2025", "weight", "10"));
        Page wrong = editor.submit(german, "form[action='/pilots/" + id + "/milestones']",
                Map.of("milestoneTitle", "Kein Tag", "dueOn", "31.02.2025", "weight", "10"));

        assertThat(german.document().selectFirst("form[action='/pilots/" + id + "'] #startsOn").val()).isEqualTo("01.01.2024");
        assertThat(german.document().selectFirst("#startsOn").attr("type")).isEqualTo("text");
        assertThat(german.text("#startsOn-hint")).matches("Zum Beispiel \\d{2}\\.\\d{2}\\.\\d{4}");
        assertThat(added.status()).isEqualTo(302);
        assertThat(editor.get("/pilots/" + id + "/edit?lang=de").document().select("section[aria-labelledby=milestones-heading] li").text())
                .contains("Sommerfest", "30.06.2025");
        assertThat(wrong.text("#dueOn-error")).isEqualTo("Geben Sie ein Datum wie im Beispiel unter dem Feld ein.");
        assertThat(editor.get("/pilots/" + id + "/edit?lang=en").document().selectFirst("#startsOn").val()).isEqualTo("2024-01-01");
    }

    private Page completed(PortalClient editor, long id) {
        return editor.submitAsShown(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "']", Map.of("status", "COMPLETED"));
    }

    private Element listCardOf(long id) {
        return new PortalClient(port).get("/pilots?lang=en").document().select(".card").stream()
                .filter(card -> card.selectFirst("a[href='/pilots/" + id + "']") != null).findFirst().orElseThrow();
    }

    private long newPilot(PortalClient editor, String status) {
        String title = "Courtyard studios " + System.nanoTime();
        Map<String, String> pilot = new HashMap<>(Map.of("title", title, "startsOn", "2024-01-01", "endsOn", "2026-12-31",
                "latitude", "48.72", "longitude", "21.26", "summary", "Studios in a courtyard", "status", status));
        // Not one of the kinds the project's targets count, so that the portal's figures stay the demo's for other tests.
        pilot.put("kind", "OTHER_PILOT_ACTION");
        pilot.put("cityId", String.valueOf(cities.findFirstByNameEn("Kosice").orElseThrow().getId()));
        Page created = editor.submitAsShown(editor.get("/pilots/new"), "form[action='/pilots']", pilot);
        assertThat(created.status()).isEqualTo(302);
        return pilots.findAll().stream().filter(p -> p.getTitle().equals(title)).findFirst().map(Pilot::getId).orElseThrow();
    }

    private String titleOf(long id) {
        return pilots.findById(id).orElseThrow().getTitle();
    }

    private String addMilestone(PortalClient editor, long id, String title, String dueOn, String weight) {
        editor.submit(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/milestones']",
                Map.of("milestoneTitle", title, "dueOn", dueOn, "weight", weight));
        return editor.get("/pilots/" + id + "/edit").document().select("a[href^='/pilots/" + id + "/milestones/']").stream()
                .filter(link -> link.attr("aria-label").contains(title)).findFirst().orElseThrow().attr("href").replaceAll(".*/", "");
    }

    private String csrf(PortalClient editor, long id) {
        return editor.get("/pilots/" + id + "/edit").document().selectFirst("input[name=_csrf]").val();
    }

    private PortalClient signedIn() {
        PortalClient client = new PortalClient(port);
        client.signIn(KOSICE_EDITOR, PortalClient.DEMO_PASSWORD);
        return client;
    }
}
