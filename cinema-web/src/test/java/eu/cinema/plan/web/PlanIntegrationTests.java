package eu.cinema.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.plan.ActionPlanRepository;
import eu.cinema.plan.PlanVersionRepository;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.ReadableHistory;

/** Local action plans over real HTTP: public pages, PDF and feed, the route-by-role matrix, bad input by form and by URL. */
@PortalIntegrationTest
class PlanIntegrationTests {

    static final String RESITA_EDITOR = "municipality@cinema.demo";
    static final String KOSICE_PARTNER_EDITOR = "partner@cinema.demo";
    static final String ADMIN = "admin@cinema.demo";

    @LocalServerPort
    int port;

    @Autowired
    ActionPlanRepository plans;

    @Autowired
    PlanVersionRepository versions;

    @Test
    void thePublicReadsPublishedPlansOnlyWithTheirVersionsAndChanges() {
        PortalClient visitor = new PortalClient(port);
        long gabrovo = planTitled("District 6");

        Document list = visitor.get("/plans").document();
        Document plan = visitor.get("/plans/" + gabrovo).document();
        Document old = visitor.get("/plans/" + gabrovo + "/versions/1").document();
        Document changes = visitor.get("/plans/" + gabrovo + "/compare?from=1&to=2").document();

        assertThat(list.select(".card-title").eachText()).contains("Herrenberg old town: shop windows and creative ground floors")
                .noneMatch(title -> title.startsWith("Planul local de acțiune Reșița"));
        assertThat(plan.select(".badges").text()).contains("Published", "Version 2");
        assertThat(plan.text()).contains("Long leases for the tenants who stayed", "175,000.00 EUR");
        assertThat(old.text()).contains("This version was superseded on Feb 1, 2024").doesNotContain("Long leases for the tenants");
        assertThat(changes.select("#added-heading + ul").text()).isEqualTo("Long leases for the tenants who stayed");
        assertThat(visitor.get("/plans/" + planTitled("Planul local de acțiune Reșița")).status()).isEqualTo(404);
        assertThat(visitor.get("/plans/" + planTitled("Planul local de acțiune Reșița") + "/versions/1").status()).isEqualTo(404);
        assertThat(visitor.get("/plans?theme=NOT_A_THEME").status()).isEqualTo(400);
        assertThat(visitor.get("/plans/" + gabrovo + "/compare?from=1&to=x").status()).isEqualTo(400);
    }

    @Test
    void thePdfCarriesThePlansTextAndTheFeedItsPublications() throws IOException {
        long gabrovo = planTitled("District 6");
        byte[] pdf = new PortalClient(port).download("/plans/" + gabrovo + "/plan.pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("District 6: from empty workshops", "Temporary uses of municipal workshops",
                    "Budget by funding source", "175,000.00 EUR");
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();
        }
        Page feed = new PortalClient(port).get("/plans/feed.atom", "application/atom+xml");
        Document atom = Jsoup.parse(feed.body(), Parser.xmlParser());
        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(atom.select("entry > title").eachText()).contains("District 6: from empty workshops to a creative quarter")
                .noneMatch(title -> title.startsWith("Planul local de acțiune Reșița"));
    }

    static Stream<Arguments> editingPageByRole() {
        return Stream.of(Arguments.of(null, 302), Arguments.of(KOSICE_PARTNER_EDITOR, 403), Arguments.of(RESITA_EDITOR, 200),
                Arguments.of(ADMIN, 200));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("editingPageByRole")
    void onlyTheMunicipalitysEditorsAndAdministratorsReachItsEditingPage(String email, int status) {
        PortalClient visitor = email == null ? new PortalClient(port) : signedIn(email);

        assertThat(visitor.get("/plans/" + planTitled("Planul local de acțiune Reșița") + "/edit").status()).isEqualTo(status);
    }

    @Test
    void anotherMunicipalitysEditorIsRefusedEveryChangeById() {
        long gabrovo = planTitled("District 6");
        PortalClient stranger = signedIn(RESITA_EDITOR);
        String csrf = stranger.get("/account").document().selectFirst("input[name=_csrf]").val();
        long version = versions.findByPlanIdAndNumber(gabrovo, 2).orElseThrow().getVersion();

        for (String path : new String[] {"/plans/" + gabrovo + "/drafts", "/plans/" + gabrovo + "/versions/2",
                "/plans/" + gabrovo + "/versions/2/actions", "/plans/" + gabrovo + "/versions/2?publish=true",
                "/plans/" + gabrovo + "/versions/2/discard"}) {
            Page page = stranger.post(path, Map.of("_csrf", csrf, "title", "Taken", "theme", "EMPTY_FLOOR_SPACE",
                    "version", String.valueOf(version), "startsOn", "2024-01-01", "endsOn", "2024-02-01", "status", "PLANNED"));
            assertThat(page.status()).as(path).isEqualTo(403);
        }
        assertThat(versions.findByPlanIdAndNumber(gabrovo, 3)).isEmpty();
        assertThat(new PortalClient(port).get("/plans/" + gabrovo).text("h1")).isEqualTo("District 6: from empty workshops to a creative quarter");
    }

    @Test
    void aDraftIsDiscardedAndThePublicVersionIsTheNewestAgain() {
        long gabrovo = planTitled("District 6");
        PortalClient admin = signedIn(ADMIN);
        admin.submit(admin.get("/plans/" + gabrovo + "/edit"), "form[action='/plans/" + gabrovo + "/drafts']", Map.of());
        Page draftPage = admin.get("/plans/" + gabrovo + "/edit");

        Page discarded = admin.submit(draftPage, "form[action='/plans/" + gabrovo + "/versions/3/discard']", Map.of());

        assertThat(draftPage.text("main")).contains("the public keeps reading version 2");
        assertThat(discarded.location()).isEqualTo("/plans/" + gabrovo + "/edit");
        assertThat(admin.get(discarded.location()).text("[role=status]")).isEqualTo("Draft version 3 was discarded.");
        assertThat(versions.findByPlanIdAndNumber(gabrovo, 3)).isEmpty();
        assertThat(signedIn(RESITA_EDITOR).get("/plans/" + planTitled("Planul local de acțiune Reșița") + "/edit").document()
                .select("form[action$='/discard']")).as("a first draft has nothing to fall back to").isEmpty();
    }

    @Test
    void aPublishedVersionCannotBeEditedThroughItsUrl() {
        long gabrovo = planTitled("District 6");
        PortalClient admin = signedIn(ADMIN);
        String csrf = admin.get("/account").document().selectFirst("input[name=_csrf]").val();
        long version = versions.findByPlanIdAndNumber(gabrovo, 2).orElseThrow().getVersion();
        long publishedAction = versions.findByPlanIdAndNumber(gabrovo, 2).orElseThrow().getActions().get(0).getId();

        Page details = admin.post("/plans/" + gabrovo + "/versions/2", Map.of("_csrf", csrf, "title", "Rewritten history",
                "theme", "EMPTY_FLOOR_SPACE", "version", String.valueOf(version)));
        Page action = admin.get("/plans/" + gabrovo + "/actions/" + publishedAction + "/edit");
        Page republish = admin.post("/plans/" + gabrovo + "/versions/1?publish=true", Map.of("_csrf", csrf, "title", "Republished",
                "theme", "EMPTY_FLOOR_SPACE", "version", "0"));

        assertThat(details.status()).isEqualTo(409);
        assertThat(details.text(".alert-error")).isEqualTo(
                "Version 2 is published and never changes. Start a new draft on the plan’s editing page to change it.");
        assertThat(action.status()).isEqualTo(409);
        assertThat(republish.status()).isEqualTo(409);
        assertThat(new PortalClient(port).get("/plans/" + gabrovo).text("h1")).doesNotContain("Rewritten");
    }

    @Test
    void badInputIsShownBesideItsFieldAndNothingIsSaved() {
        PortalClient editor = signedIn(RESITA_EDITOR);
        long id = newPlan(editor, "Bad input plan " + System.nanoTime());
        String edit = "/plans/" + id + "/edit";
        String newAction = "/plans/" + id + "/actions/new";
        String addAction = "form[action='/plans/" + id + "/versions/1/actions']";

        Page backwards = editor.submit(editor.get(newAction), addAction, action("Backwards", "2025-05-01", "2025-01-01", "10"));
        Page negative = editor.submit(editor.get(newAction), addAction, action("Negative", "2025-01-01", "2025-05-01", "-5"));
        Page huge = editor.submit(editor.get(newAction), addAction, action("Huge", "2025-01-01", "2025-05-01", "1e20"));
        Page untitled = editor.submit(editor.get(edit), "form[action='/plans/" + id + "/versions/1']",
                Map.of("title", " ", "theme", "EMPTY_FLOOR_SPACE"));
        Page megabyte = editor.submit(editor.get(edit), "form[action='/plans/" + id + "/versions/1']",
                Map.of("title", "x".repeat(1_000_000), "theme", "EMPTY_FLOOR_SPACE"));
        Map<String, String> everythingWrong = action(" ", "2025-05-01", "2025-01-01", "-5");
        everythingWrong.put("budgetEur", "-5");
        everythingWrong.put("latitude", "95");
        Page allAtOnce = editor.submit(editor.get(newAction), addAction, everythingWrong);
        Page unnamedIndicator = editor.submit(editor.get(newAction), addAction,
                with(action("Unnamed", "2025-01-01", "2025-05-01", "10"), "indicators[0].target", "5"));
        Page emptyPublish = editor.submitAsShown(editor.get(edit), "form[action='/plans/" + id + "/versions/1']",
                Map.of("publish", "true", "vision", "Typed before publishing"));

        assertThat(backwards.text("#endsOn-error")).isEqualTo("The action cannot end before it starts.");
        assertThat(allAtOnce.document().select(".error-summary li").eachText()).as("the form's and the plan's rules in one answer")
                .containsExactlyInAnyOrder("Fill in this field.", "The action cannot end before it starts.",
                        "A budget cannot be negative.", allAtOnce.text("#latitude-error"));
        assertThat(negative.text("#budgetEur-error")).isEqualTo("A budget cannot be negative.");
        assertThat(huge.text("#budgetEur-error")).startsWith("Enter a number with at most 12 digits");
        assertThat(untitled.text("#title-error")).isEqualTo("Fill in this field.");
        assertThat(megabyte.status()).isEqualTo(200);
        assertThat(megabyte.text("#title-error")).isEqualTo("Use at most 300 characters.");
        assertThat(unnamedIndicator.text(".indicator-rows .field-error")).isEqualTo("Give the indicator a name, or leave its row empty.");
        assertThat(emptyPublish.text(".alert-error")).isEqualTo("Add at least one action before publishing the plan.");
        assertThat(emptyPublish.document().selectFirst("#vision").text()).as("the typed text is kept").isEqualTo("Typed before publishing");
        assertThat(versions.findByPlanIdAndNumber(id, 1).orElseThrow().getActions()).isEmpty();
        assertThat(versions.findByPlanIdAndNumber(id, 1).orElseThrow().getState().name()).isEqualTo("DRAFT");
    }

    @Test
    void aStaleEditIsRefusedWithAMessageAndTheInputKept() {
        PortalClient editor = signedIn(RESITA_EDITOR);
        long id = newPlan(editor, "Stale plan " + System.nanoTime());
        Page seen = editor.get("/plans/" + id + "/edit");
        editor.submit(editor.get("/plans/" + id + "/actions/new"), "form[action='/plans/" + id + "/versions/1/actions']",
                action("Added meanwhile", "2025-01-01", "2025-02-01", "100"));

        Page stale = editor.submit(seen, "form[action='/plans/" + id + "/versions/1']",
                Map.of("title", "My late title", "theme", "EMPTY_FLOOR_SPACE"));

        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.text(".alert-error")).contains("Someone else saved this in between");
        assertThat(stale.document().selectFirst("#title").val()).isEqualTo("My late title");
        assertThat(new PortalClient(port).get("/plans/" + id).status()).as("still a draft").isEqualTo(404);
    }

    @Test
    void writingAPlanInRomanianLeavesTheEditorsInterfaceInEnglish() {
        PortalClient editor = new PortalClient(port);
        editor.signIn("municipality@cinema.demo", PortalClient.DEMO_PASSWORD);

        Page created = editor.submit(editor.get("/plans/new?lang=en"), "form[action='/plans']",
                Map.of("title", "Planul centrului " + System.nanoTime(), "theme", "RETAIL_SMALL_BUSINESS", "textLang", "ro",
                        "summary", "Un rezumat", "summaryEn", "A summary"));

        assertThat(created.location()).matches("/plans/\\d+/edit");
        assertThat(editor.get(created.location()).document().selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/toolkit/1/edit", "/admin/recommendations/1/edit"})
    void savingAToolOrARecommendationInAnotherLanguageLeavesTheInterfaceAsItWas(String editPath) {
        PortalClient admin = signedIn(ADMIN);
        Page form = admin.get(editPath + "?lang=en");
        String action = form.document().selectFirst("main form[method=post]:has(#textLang)").attr("action");
        String written = form.document().selectFirst("#textLang option[selected]").val();

        // A form field named like the language switch's parameter must not switch the language either.
        Page saved = admin.submitAsShown(form, "form[action='" + action + "']", Map.of("textLang", "bg", "lang", "bg"));
        Page after = admin.get(saved.location());
        admin.submitAsShown(admin.get(editPath), "form[action='" + action + "']", Map.of("textLang", written));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(after.document().selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(after.text("[role=status]")).endsWith("is saved.");
    }

    @Test
    void anEditorsPlanListBeginsWithTheirDraftsWhichNobodyElseSees() {
        PortalClient editor = signedIn(RESITA_EDITOR);
        String title = "Draft to continue " + System.nanoTime();
        long id = newPlan(editor, title);

        Document mine = editor.get("/plans").document();
        Document publicList = new PortalClient(port).get("/plans").document();
        Document otherEditor = signedIn("partner@cinema.demo").get("/plans").document();

        assertThat(mine.select(".my-drafts a").eachText()).contains(title);
        assertThat(mine.select(".my-drafts a:contains(" + title + ")").attr("href")).isEqualTo("/plans/" + id + "/edit");
        assertThat(publicList.select(".my-drafts")).isEmpty();
        assertThat(publicList.text()).doesNotContain(title);
        assertThat(otherEditor.text()).doesNotContain(title);
    }

    @Test
    void theHistoryAndTheComparisonMarkTheChangedWordsAndGiveEachChangedValueBeforeAndAfter() {
        PortalClient editor = signedIn(RESITA_EDITOR);
        long id = newPlan(editor, "Compared plan " + System.nanoTime());
        String edit = "/plans/" + id + "/edit";
        String oldContext = "The old steelworks hall stands empty next to the river and the town wants artists to use it again.";
        editor.submitAsShown(editor.get(edit), "form[action='/plans/" + id + "/versions/1']", Map.of("context", oldContext));
        editor.submit(editor.get("/plans/" + id + "/actions/new"), "form[action='/plans/" + id + "/versions/1/actions']",
                action("Open the hall", "2025-01-01", "2025-06-01", "185000"));
        editor.submitAsShown(editor.get(edit), "form[action='/plans/" + id + "/versions/1']", Map.of("publish", "true"));
        editor.submit(editor.get(edit), "form[action='/plans/" + id + "/drafts']", Map.of());

        editor.submitAsShown(editor.get(edit), "form[action='/plans/" + id + "/versions/2']",
                Map.of("context", oldContext.replace("stands empty", "is half used")));
        String actionEdit = editor.get(edit).document().selectFirst("a[href^=/plans/" + id + "/actions/][href$=/edit]").attr("href");
        editor.submitAsShown(editor.get(actionEdit), "form[action='" + actionEdit.replace("/edit", "") + "']",
                Map.of("budgetEur", "200000", "status", "IN_PROGRESS"));

        Document draft = editor.get(edit).document();
        assertThat(draft.select(".history-list del").eachText()).contains("removed: stands empty");
        assertThat(draft.select(".history-list ins").eachText()).contains("added: is half used");
        ReadableHistory.assertReadsInWords(draft.selectFirst(".history"));
        editor.submitAsShown(editor.get(edit), "form[action='/plans/" + id + "/versions/2']", Map.of("publish", "true"));

        Document comparison = new PortalClient(port).get("/plans/" + id + "/compare?from=1&to=2").document();
        assertThat(comparison.select("td.history-words del").text()).isEqualTo("removed: stands empty");
        assertThat(comparison.select("td.history-words ins").text()).isEqualTo("added: is half used");
        assertThat(comparison.select("td.history-words").attr("lang")).isEqualTo("en");
        assertThat(comparison.select("h3 + .table-wrap tbody tr").eachText())
                .containsExactly("Estimated budget (EUR) 185,000 200,000", "Status Planned In progress");
        ReadableHistory.assertReadsInWords(comparison.selectFirst("main"));
    }

    private long newPlan(PortalClient editor, String title) {
        Page created = editor.submit(editor.get("/plans/new"), "form[action='/plans']",
                Map.of("title", title, "theme", "RETAIL_SMALL_BUSINESS", "textLang", "en", "summary", "A summary"));
        assertThat(created.location()).matches("/plans/\\d+/edit");
        return Long.parseLong(created.location().replaceAll("\\D", ""));
    }

    private static Map<String, String> action(String title, String from, String to, String budget) {
        Map<String, String> values = new HashMap<>(Map.of("title", title, "startsOn", from, "endsOn", to, "status", "PLANNED",
                "budgetEur", budget, "fundingSource", "MUNICIPAL_BUDGET"));
        return values;
    }

    private static Map<String, String> with(Map<String, String> values, String name, String value) {
        values.put(name, value);
        return values;
    }

    private long planTitled(String start) {
        return versions.findAll().stream().filter(v -> v.getTitle().contains(start)).findFirst()
                .map(v -> v.getPlan().getId()).orElseThrow();
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(port);
        client.signIn(email, PortalClient.DEMO_PASSWORD);
        return client;
    }
}
