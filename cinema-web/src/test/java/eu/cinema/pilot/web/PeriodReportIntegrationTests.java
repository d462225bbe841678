package eu.cinema.pilot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.pilot.reporting.PeriodReportService;
import eu.cinema.pilot.reporting.ReportReminders;
import eu.cinema.pilot.reporting.ReportingPeriod;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.ReadableHistory;

/**
 * Reporting periods with review: the lead partner's periods and their rules, a partner's report prepared from what it
 * logged, submitted (and frozen), returned with a comment, corrected, resubmitted and accepted; who may do what; the
 * reminders a week before a report is due.
 */
@PortalIntegrationTest
class PeriodReportIntegrationTests {

    static final String KOSICE_EDITOR = "partner@cinema.demo";
    static final String ADMIN = "admin@cinema.demo";

    @LocalServerPort
    int port;

    @Autowired
    PilotRepository pilots;

    @Autowired
    PeriodReportService reports;

    @Autowired
    ReportReminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void periodsDoNotOverlapEndAfterTheyStartAndAreTheLeadPartnersAlone() {
        PortalClient admin = signedIn(ADMIN);
        definePeriod(admin, "Test half 2024", "2024-01-01", "2024-06-30", "2024-08-31");

        Page overlapping = definePeriod(admin, "Overlapping", "2024-06-01", "2024-12-31", "2025-02-28");
        Page early = definePeriod(admin, "Early due", "2025-01-01", "2025-06-30", "2025-06-01");
        PortalClient editor = signedIn(KOSICE_EDITOR);

        assertThat(overlapping.status()).isEqualTo(200);
        assertThat(overlapping.text("#startsOn-error")).isEqualTo("These dates overlap “Test half 2024”: a day belongs to one period only.");
        assertThat(early.text("#dueOn-error")).isEqualTo("A report is due after its period has ended.");
        assertThat(reports.periods()).extracting(ReportingPeriod::getName).contains("Test half 2024").doesNotContain("Overlapping", "Early due");
        assertThat(editor.get("/admin/reporting-periods").status()).isEqualTo(403);
    }

    @Test
    void aReportIsPreparedSubmittedReturnedWithACommentCorrectedResubmittedAndAccepted() {
        PortalClient admin = signedIn(ADMIN);
        definePeriod(admin, "Test half 2023", "2023-01-01", "2023-06-30", "2023-08-31");
        long period = periodNamed("Test half 2023");
        long id = kosicePilot();
        PortalClient editor = signedIn(KOSICE_EDITOR);
        String narrative = "Spring market in the courtyard " + System.nanoTime();
        editor.submit(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/updates']",
                Map.of("happenedOn", "2023-03-15", "narrative", narrative, "published", "true"));
        String page = "/pilots/" + id + "/reports/" + period;
        String form = "form[action='" + page + "']";

        Page prepared = editor.get(page);
        Page noSummary = editor.submitAsShown(prepared, form, Map.of("submitReport", "true"));
        Page submitted = editor.submitAsShown(editor.get(page), form, Map.of("summary", "The market opened; 300 visitors.",
                "submitReport", "true"));

        assertThat(prepared.document().select(form + " input[name=updateIds][checked]")).as("what was logged in the period is picked")
                .hasSize(1);
        assertThat(noSummary.text("#summary-error")).isEqualTo("Write the summary of the period before you submit the report.");
        assertThat(submitted.location()).isEqualTo(page);
        Document afterSubmission = editor.get(page + "?lang=en").document();
        assertThat(afterSubmission.select(form)).as("a submitted report is no longer the editors'").isEmpty();
        assertThat(afterSubmission.select(".report-items").text()).contains(narrative);

        String correction = editor.get("/pilots/" + id + "/edit").document().select(".timeline li").stream()
                .filter(li -> li.text().contains(narrative)).findFirst().orElseThrow().selectFirst("a[href*=/updates/]").attr("href");
        editor.submitAsShown(editor.get(correction), "form[action='" + correction + "']", Map.of("narrative", narrative + ", corrected"));
        assertThat(editor.get(page).document().select(".report-items").text()).as("frozen as submitted")
                .contains(narrative).doesNotContain("corrected");
        Page twice = editor.post(page, Map.of("_csrf", csrf(editor), "summary", "Again", "submitReport", "true", "version", "1"));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.text(".error-summary, .alert-error")).contains("already submitted");

        Document review = admin.get(page).document();
        String reviewForm = "form[action='" + page + "/review']";
        Page withoutComment = admin.submitAsShown(admin.get(page), reviewForm, Map.of());
        String itemField = review.selectFirst(reviewForm + " textarea[name^=itemComments]").attr("name");
        Page returned = admin.submitAsShown(admin.get(page), reviewForm, Map.of(itemField, "Say how many visitors came."));

        assertThat(withoutComment.text("#comment-error")).isEqualTo("Say what to change: comment on the report or on an item before you return it.");
        assertThat(returned.location()).isEqualTo("/reports");
        assertThat(admin.get(returned.location() + "?lang=en").text("[role=status]")).isEqualTo(
                "The report of Creative Center Košice on Test half 2023 is returned with your comments.");
        Document back = editor.get(page + "?lang=en").document();
        assertThat(back.select(".badge").first().text()).isEqualTo("Returned with comments");
        assertThat(back.select(".report-items").text()).contains("Say how many visitors came.");
        assertThat(editor.get("/workspace?lang=en").document().select(".work-waiting a[href='/reports']").text())
                .contains("to prepare or correct");

        editor.submitAsShown(editor.get(page), form, Map.of("summary", "The market opened; 300 visitors came.", "submitReport", "true"));
        Page accepted = admin.submitAsShown(admin.get(page), reviewForm, Map.of("accept", "true"));
        Page afterAcceptance = editor.post(page, Map.of("_csrf", csrf(editor), "summary", "Late change", "version", "9"));

        assertThat(accepted.location()).isEqualTo("/reports");
        assertThat(admin.get(accepted.location() + "?lang=en").text("[role=status]")).contains("is accepted");
        assertThat(afterAcceptance.text(".error-summary, .alert-error")).contains("The report is accepted");
        Document publicPage = new PortalClient(port).get("/pilots/" + id + "?lang=en").document();
        assertThat(publicPage.select("section[aria-labelledby=reports-heading] li").eachText())
                .anyMatch(line -> line.startsWith("Test half 2023") && line.endsWith("report accepted"));
        Document history = editor.get(page + "?lang=en").document();
        assertThat(history.select(".history").text()).contains("Submitted", "Returned with comments", "Accepted");
        ReadableHistory.assertReadsInWords(history.selectFirst(".history"));
    }

    @Test
    void onlyThePilotsEditorsPrepareItsReportOnlyFromItsOwnUpdatesOfThePeriodAndOnlyTheLeadPartnerReviews() {
        PortalClient admin = signedIn(ADMIN);
        definePeriod(admin, "Test quarter 2026", "2026-01-01", "2026-03-31", "2026-05-31");
        long period = periodNamed("Test quarter 2026");
        long id = kosicePilot();
        String page = "/pilots/" + id + "/reports/" + period;
        PortalClient editor = signedIn(KOSICE_EDITOR);
        PortalClient stranger = signedIn("municipality@cinema.demo");
        String foreignUpdate = jdbc.sql("SELECT u.id FROM progress_update u JOIN pilot p ON p.id = u.pilot_id WHERE p.title LIKE 'Hala Minda%' LIMIT 1")
                .query(Long.class).single().toString();

        Page foreign = editor.post(page, Map.of("_csrf", csrf(editor), "summary", "Mine", "updateIds", foreignUpdate, "version", "0"));

        assertThat(stranger.get(page).status()).isEqualTo(403);
        assertThat(stranger.post(page, Map.of("_csrf", csrf(stranger), "summary", "Theirs", "version", "0")).status()).isEqualTo(403);
        assertThat(foreign.status()).isEqualTo(200);
        assertThat(foreign.text("#updateIds-error, .error-summary")).contains("Pick updates of this pilot from this period only.");
        assertThat(editor.post(page + "/review", Map.of("_csrf", csrf(editor), "accept", "true", "version", "0")).status())
                .as("an editor does not review").isIn(403, 404);
    }

    @Test
    void twoFirstSavesOfOneReportAtOnceLeaveOneReportAndTheOtherSeesItsFormAgain() throws Exception {
        PortalClient admin = signedIn(ADMIN);
        definePeriod(admin, "Test half 2021 race", "2025-07-01", "2025-12-31", "2026-02-28");
        long period = periodNamed("Test half 2021 race");
        String page = "/pilots/" + kosicePilot() + "/reports/" + period;
        PortalClient first = signedIn(KOSICE_EDITOR);
        PortalClient second = signedIn(ADMIN);
        Page firstForm = first.get(page);
        Page secondForm = second.get(page);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Page> answers = new ArrayList<>();
        try {
            for (Future<Page> answer : pool.invokeAll(List.<Callable<Page>>of(
                    () -> first.submitAsShown(firstForm, "form[action='" + page + "']", Map.of("summary", "First")),
                    () -> second.submitAsShown(secondForm, "form[action='" + page + "']", Map.of("summary", "Second"))))) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(answers).extracting(Page::status).as("saved, or the form again; never a server error").allMatch(s -> s == 302 || s == 200);
        assertThat(jdbc.sql("SELECT count(*) FROM period_report WHERE period_id = :p").param("p", period).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aWeekBeforeAReportIsDueItsEditorsAreRemindedOnceAndWithoutAMailServerTheReminderWaits() {
        PortalClient admin = signedIn(ADMIN);
        LocalDate today = LocalDate.now();
        definePeriod(admin, "Due next week", today.minusDays(60).toString(), today.minusDays(40).toString(), today.plusDays(7).toString());

        reminders.remind();
        reminders.remind();

        Document overview = admin.get("/reports?lang=en").document();
        assertThat(overview.select("section[aria-labelledby=reminders-heading] li").eachText())
                .filteredOn(line -> line.startsWith("Creative Center Košice, Due next week")).as("once").hasSize(1);
        assertThat(overview.select("section[aria-labelledby=reminders-heading] li").eachText())
                .anyMatch(line -> line.startsWith("Creative Center Košice, Due next week") && line.contains("editor")
                        && line.contains("of Creative Industry Košice") && line.endsWith("no mail server is set"))
                .as("no addresses are kept").noneMatch(line -> line.contains("@"));
    }

    private Page definePeriod(PortalClient admin, String name, String startsOn, String endsOn, String dueOn) {
        return admin.submit(admin.get("/admin/reporting-periods"), "form[action='/admin/reporting-periods']",
                Map.of("name", name, "startsOn", startsOn, "endsOn", endsOn, "dueOn", dueOn));
    }

    private long periodNamed(String name) {
        return reports.periods().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private long kosicePilot() {
        return pilots.findAll().stream().filter(p -> p.getTitle().equals("Creative Center Košice")).findFirst()
                .map(Pilot::getId).orElseThrow();
    }

    private String csrf(PortalClient client) {
        return client.get("/account").document().selectFirst("input[name=_csrf]").val();
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(port);
        client.signIn(email, PortalClient.DEMO_PASSWORD);
        return client;
    }
}
