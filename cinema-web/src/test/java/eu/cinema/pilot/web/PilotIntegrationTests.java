package eu.cinema.pilot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** Pilots over real HTTP: the public pages, the editors' page, ownership by id, bad input, concurrency. */
@PortalIntegrationTest
class PilotIntegrationTests {

    static final String KOSICE_EDITOR = "partner@cinema.demo";
    static final String RESITA_EDITOR = "municipality@cinema.demo";

    @LocalServerPort
    int port;

    @Autowired
    PilotRepository pilots;

    @Test
    void thePublicSeesPilotsWithTheirPublishedUpdatesOnly() {
        Document list = new PortalClient(port).get("/pilots").document();
        Document centres = new PortalClient(port).get("/pilots?kind=CI_SUPPORT_CENTRE").document();
        Document kosice = new PortalClient(port).get("/pilots/" + kosicePilot()).document();

        assertThat(list.select(".card")).hasSizeGreaterThanOrEqualTo(8);
        assertThat(centres.select(".card-title").eachText())
                .contains("Creative Center Košice", "44er Haus creative centre", "Sombor creative-industry support centre");
        assertThat(kosice.text()).contains("The first activities opened", "Creative Industry Košice", "Events held")
                .doesNotContain("Internal note");
        assertThat(new PortalClient(port).get("/pilots/987654").status()).isEqualTo(404);
        assertThat(new PortalClient(port).get("/pilots?status=NOT_A_STATUS").status()).isEqualTo(400);
    }

    static Stream<Arguments> routesByRole() {
        return Stream.of(Arguments.of(null, 302), Arguments.of(RESITA_EDITOR, 403), Arguments.of(KOSICE_EDITOR, 200),
                Arguments.of("admin@cinema.demo", 200));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("routesByRole")
    void onlyThePilotsEditorsReachItsEditingPage(String email, int status) {
        PortalClient visitor = email == null ? new PortalClient(port) : signedIn(email);

        assertThat(visitor.get("/pilots/" + kosicePilot() + "/edit").status()).isEqualTo(status);
    }

    @Test
    void anotherPartnersEditorIsRefusedEveryChangeById() {
        long id = kosicePilot();
        PortalClient stranger = signedIn(RESITA_EDITOR);
        String csrf = stranger.get("/account").document().selectFirst("input[name=_csrf]").val();

        for (String path : List.of("/pilots/" + id, "/pilots/" + id + "/updates", "/pilots/" + id + "/milestones",
                "/pilots/" + id + "/indicators")) {
            Page page = stranger.post(path, Map.of("_csrf", csrf, "title", "Taken", "narrative", "Hijack",
                    "happenedOn", "2022-01-01", "dueOn", "2022-01-01", "weight", "5", "name", "x", "unit", "u",
                    "baseline", "0", "target", "1"));
            assertThat(page.status()).as(path).isEqualTo(403);
        }
        assertThat(new PortalClient(port).get("/pilots/" + id).text("h1")).isEqualTo("Creative Center Košice");
        assertThat(new PortalClient(port).get("/pilots/" + id).body()).doesNotContain("Hijack");
    }

    @Test
    void anEditorLogsAnUpdateWithAMilestoneAndAnIndicatorValue() {
        PortalClient editor = signedIn(KOSICE_EDITOR);
        long id = kosicePilot();
        String milestone = "Workshop " + System.nanoTime();
        editor.submit(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/milestones']",
                Map.of("milestoneTitle", milestone, "dueOn", "2026-06-30", "weight", "10"));
        Document page = editor.get("/pilots/" + id + "/edit").document();
        String milestoneId = page.select("input[name=milestonesReached]").stream()
                .filter(box -> page.selectFirst("label[for=" + box.id() + "]").text().equals(milestone))
                .findFirst().orElseThrow().val();
        String events = page.select("label").stream().filter(label -> label.text().startsWith("Events held"))
                .findFirst().orElseThrow().attr("for");
        String narrative = "Open studio day " + System.nanoTime();

        Page logged = editor.submit(new Page("/pilots/" + id + "/edit", 200, Map.of(), page.outerHtml()),
                "form[action='/pilots/" + id + "/updates']", Map.of("happenedOn", LocalDate.now().minusDays(1).toString(),
                        "narrative", narrative, "narrativeLang", "en", "published", "true",
                        "milestonesReached", milestoneId, "indicatorValues[" + events.substring(6) + "]", "7"));

        assertThat(logged.location()).isEqualTo("/pilots/" + id + "/edit");
        Document publicPage = new PortalClient(port).get("/pilots/" + id).document();
        assertThat(publicPage.text()).contains(narrative, milestone);
        assertThat(publicPage.select(".indicator").stream().filter(i -> i.text().startsWith("Events held")).findFirst()
                .orElseThrow().select("tbody td:last-child").eachText()).as("a count without decimals").contains("7").doesNotContain("7.00");
    }

    @Test
    void badInputIsShownBesideItsFieldAndNothingIsSaved() {
        PortalClient editor = signedIn(KOSICE_EDITOR);
        long id = kosicePilot();
        String editPath = "/pilots/" + id + "/edit";

        Page outside = editor.submit(editor.get(editPath), "form[action='/pilots/" + id + "/milestones']",
                Map.of("milestoneTitle", "Too late", "dueOn", "2030-01-01", "weight", "10"));
        Page heavy = editor.submit(editor.get(editPath), "form[action='/pilots/" + id + "/milestones']",
                Map.of("milestoneTitle", "Heavy", "dueOn", "2025-01-01", "weight", "500"));
        Page future = editor.submit(editor.get(editPath), "form[action='/pilots/" + id + "/updates']",
                Map.of("happenedOn", LocalDate.now().plusDays(3).toString(), "narrative", "Tomorrow"));
        Page notANumber = logWithValue(editor, id, "many");

        assertThat(outside.text("#dueOn-error")).contains("must fall within the pilot’s dates");
        assertThat(heavy.text("#weight-error")).isEqualTo("Enter at most 100.");
        assertThat(future.text("#happenedOn-error")).contains("cannot be in the future");
        assertThat(notANumber.status()).isEqualTo(200);
        assertThat(notANumber.text("form[action$='/updates'] .field-error")).isEqualTo("Enter a number, such as 12 or 3.5.");
        assertThat(new PortalClient(port).get("/pilots/" + id).body()).doesNotContain("Too late", "Tomorrow");
    }

    @Test
    void aMilestoneDueInThePastIsAddedWithAWordAndTheOwnerIsNoParticipantOfItsOwnPilot() {
        PortalClient editor = signedIn(KOSICE_EDITOR);
        long id = kosicePilot();
        String milestone = "Recorded late " + System.nanoTime();

        Page added = editor.submit(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/milestones']",
                Map.of("milestoneTitle", milestone, "dueOn", "2021-09-01", "weight", "5"));
        Document edit = editor.get(added.location() + "?lang=en").document();

        assertThat(edit.select("section[aria-labelledby=milestones-heading] [role=status]").text())
                .isEqualTo("The milestone “" + milestone + "” is added. Its due date has passed, so it shows as overdue until an update reaches it.");
        assertThat(edit.select("form[action='/pilots/" + id + "'] .field-check:has(input[name=participantIds]) label").eachText())
                .isNotEmpty().doesNotContain("Creative Industry Košice");
        String csrf = edit.selectFirst("input[name=_csrf]").val();
        String milestoneLink = edit.select("a[href^=/pilots/" + id + "/milestones/]").stream()
                .filter(link -> link.attr("aria-label").contains(milestone)).findFirst().orElseThrow().attr("href");
        Page form = editor.get(milestoneLink);
        editor.submit(form, "form[action='" + milestoneLink + "/withdraw']", Map.of("reason", "A test's own milestone.", "_csrf", csrf));
    }

    @Test
    void theDetailsKeepTheirRules() {
        PortalClient editor = signedIn(KOSICE_EDITOR);
        long id = kosicePilot();
        Page form = editor.get("/pilots/" + id + "/edit");

        Page inverted = editDetails(editor, form, id, Map.of("startsOn", "2022-01-01", "endsOn", "2021-01-01"));
        Page outside = editDetails(editor, form, id, Map.of("latitude", "95"));
        Page backwards = editDetails(editor, form, id, Map.of("status", "PLANNED"));
        Page allWrong = editDetails(editor, form, id, Map.of("startsOn", "2022-01-01", "endsOn", "2021-01-01", "latitude", "95",
                "budgetEur", "-5"));

        assertThat(inverted.text("#endsOn-error")).isEqualTo("The end must not be before the start.");
        assertThat(outside.text("#latitude-error")).isEqualTo("Enter at most 90.");
        assertThat(backwards.text("#status-error")).isEqualTo("A pilot’s status cannot change from “Running” to “Planned”.");
        assertThat(allWrong.document().select(".error-summary li").eachText()).as("every rule in one answer").containsExactlyInAnyOrder(
                "The end must not be before the start.", "Enter at most 90.", allWrong.text("#budgetEur-error"));
        assertThat(allWrong.text("#budgetEur-error")).isNotBlank();
    }

    @Test
    void aStaleEditOfTheDetailsIsRefused() {
        PortalClient first = signedIn(KOSICE_EDITOR);
        PortalClient second = signedIn("admin@cinema.demo");
        long id = kosicePilot();
        Page staleForm = first.get("/pilots/" + id + "/edit");
        assertThat(editDetails(second, second.get("/pilots/" + id + "/edit"), id, Map.of("budgetEur", "151000")).location())
                .isEqualTo("/pilots/" + id + "/edit");

        Page refused = editDetails(first, staleForm, id, Map.of("budgetEur", "1"));

        assertThat(refused.text("form[action='/pilots/" + id + "'] .alert-error")).startsWith("Someone else saved this in between.");
        assertThat(pilots.findById(id).orElseThrow().getBudgetEur()).isEqualByComparingTo("151000");
    }

    @Test
    void twoEditorsLoggingAtTheSameMomentBothLand() throws Exception {
        long id = kosicePilot();
        PortalClient owner = signedIn(KOSICE_EDITOR);
        PortalClient admin = signedIn("admin@cinema.demo");
        Page ownersForm = owner.get("/pilots/" + id + "/edit");
        Page adminsForm = admin.get("/pilots/" + id + "/edit");
        String tag = String.valueOf(System.nanoTime());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Page>> both = List.of(
                    () -> owner.submit(ownersForm, "form[action='/pilots/" + id + "/updates']",
                            Map.of("happenedOn", LocalDate.now().toString(), "narrative", "Owner " + tag, "published", "true")),
                    () -> admin.submit(adminsForm, "form[action='/pilots/" + id + "/updates']",
                            Map.of("happenedOn", LocalDate.now().toString(), "narrative", "Admin " + tag, "published", "true")));
            for (Future<Page> result : pool.invokeAll(both)) {
                assertThat(result.get().location()).isEqualTo("/pilots/" + id + "/edit");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(new PortalClient(port).get("/pilots/" + id).body()).contains("Owner " + tag, "Admin " + tag);
    }

    @Test
    void aDisguisedEvidenceFileIsRefused() {
        PortalClient editor = signedIn(KOSICE_EDITOR);
        long id = kosicePilot();

        Page page = editor.submitMultipart(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/updates']",
                Map.of("happenedOn", LocalDate.now().toString(), "narrative", "With a fake PDF", "published", "true"),
                "evidence", "report.pdf", "MZ this is an executable".getBytes());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("form[action$='/updates'] .field-error")).contains("not of an accepted kind (JPG, PNG, WEBP, PDF)");
        assertThat(new PortalClient(port).get("/pilots/" + id).body()).doesNotContain("With a fake PDF");
    }

    @Test
    void participantsEditorsMayWorkOnThePilotOnlyWhenTheOwnerAllowsIt() {
        long id = kosicePilot();
        String email = "arr-" + System.nanoTime() + "@example.org";
        PortalClient admin = signedIn("admin@cinema.demo");
        Document newAccount = admin.get("/admin/accounts/new").document();
        String arr = newAccount.select("#partnerId option").stream()
                .filter(o -> o.text().equals("Agency for the Support of Regional Development Košice")).findFirst().orElseThrow().val();
        admin.submit(new Page("/admin/accounts/new", 200, Map.of(), newAccount.outerHtml()), "form[action='/admin/accounts']",
                Map.of("email", email, "displayName", "ARR editor", "password", "a long passphrase", "role", "PARTNER_EDITOR",
                        "partnerId", arr));
        PortalClient participant = new PortalClient(port);
        participant.signIn(email, "a long passphrase");
        assertThat(participant.get("/pilots/" + id + "/edit").status()).isEqualTo(403);

        PortalClient owner = signedIn(KOSICE_EDITOR);
        Page form = owner.get("/pilots/" + id + "/edit");
        Map<String, String> allow = new HashMap<>(Map.of("participantsMayEdit", "true", "participantIds", arr));
        assertThat(editDetails(owner, form, id, allow).location()).isEqualTo("/pilots/" + id + "/edit");

        assertThat(participant.get("/pilots/" + id + "/edit").status()).isEqualTo(200);
        Page form2 = owner.get("/pilots/" + id + "/edit");
        editDetails(owner, form2, id, Map.of("participantIds", arr));
        assertThat(participant.get("/pilots/" + id + "/edit").status()).isEqualTo(403);
    }

    @Test
    void evidenceIsDownloadedSafelyAndOnlyForPublishedUpdates() {
        PortalClient editor = signedIn(KOSICE_EDITOR);
        long id = kosicePilot();
        byte[] pdf = "%PDF-1.4\n% evidence\n".getBytes();
        String tag = "Evidence " + System.nanoTime();
        editor.submitMultipart(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/updates']",
                Map.of("happenedOn", LocalDate.now().toString(), "narrative", tag + " public", "published", "true"),
                "evidence", "minutes.pdf", pdf);
        editor.submitMultipart(editor.get("/pilots/" + id + "/edit"), "form[action='/pilots/" + id + "/updates']",
                Map.of("happenedOn", LocalDate.now().toString(), "narrative", tag + " internal"),
                "evidence", "budget.pdf", pdf);

        Document publicPage = new PortalClient(port).get("/pilots/" + id).document();
        String link = publicPage.select(".timeline li").stream().filter(li -> li.text().contains(tag + " public"))
                .findFirst().orElseThrow().selectFirst("a[href*=evidence]").attr("href");
        Page download = new PortalClient(port).get(link, "*/*");
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment").contains("minutes.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        String internalLink = editor.get("/pilots/" + id + "/edit").document().select(".timeline li").stream()
                .filter(li -> li.text().contains(tag + " internal")).findFirst().orElseThrow().text();
        assertThat(internalLink).contains("internal");
        long internalUpdate = Long.parseLong(link.replaceAll(".*/updates/(\\d+)/.*", "$1")) + 1;
        assertThat(new PortalClient(port).get("/pilots/" + id + "/updates/" + internalUpdate + "/evidence/0").status())
                .isEqualTo(404);
        assertThat(editor.get("/pilots/" + id + "/updates/" + internalUpdate + "/evidence/0", "*/*").status()).isEqualTo(200);
    }

    @Test
    void pilotsAppearOnTheRetailLayerOfTheMap() {
        Page layer = new PortalClient(port).get("/api/layers/retail?country=SK", "application/geo+json");
        long id = kosicePilot();
        String pilotPage = new PortalClient(port).get("/pilots/" + id + "?lang=en").text("section[aria-labelledby=progress-heading] .progress-line");

        assertThat(layer.body()).contains("Creative Center Košice", "/pilots/" + id);
        assertThat(pilotPage).as("the same figure on the map as on the pilot's page")
                .isEqualTo(layer.body().replaceAll("(?s).*\"Creative Center Košice\".*?\"progress\"\\s*:\\s*(\\d+).*", "$1") + "% done");
    }

    private Page logWithValue(PortalClient editor, long id, String value) {
        Document page = editor.get("/pilots/" + id + "/edit").document();
        String valueField = page.selectFirst("input[name^=indicatorValues]").attr("name");
        return editor.submit(new Page("/pilots/" + id + "/edit", 200, Map.of(), page.outerHtml()),
                "form[action='/pilots/" + id + "/updates']",
                Map.of("happenedOn", LocalDate.now().toString(), "narrative", "Counted", valueField, value));
    }

    private static Page editDetails(PortalClient editor, Page form, long id, Map<String, String> changes) {
        Document document = form.document();
        Map<String, String> values = new HashMap<>();
        for (String field : List.of("title", "startsOn", "endsOn", "latitude", "longitude", "budgetEur",
                "summary", "objectives")) {
            values.put(field, document.selectFirst("form[action='/pilots/" + id + "'] #" + field).val());
        }
        for (String field : List.of("kind", "status", "theme", "cityId", "summaryLang")) {
            var selected = document.selectFirst("form[action='/pilots/" + id + "'] #" + field + " option[selected]");
            values.put(field, selected == null ? "" : selected.val());
        }
        values.putAll(changes);
        return editor.submit(form, "form[action='/pilots/" + id + "']", values);
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
