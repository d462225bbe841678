package eu.cinema.plan.web;

import static eu.cinema.testsupport.web.PlanDrafts.planWithAction;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMailUtil;

import eu.cinema.plan.PlanVersionRepository;
import eu.cinema.privacy.PrivacyService;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.WithMailServer;

/**
 * Public consultation on a draft plan over real HTTP: opening it, comments with and without moderation, supports,
 * reports, answers told by e-mail, the end, and the report with the next published version; every refusal.
 */
class ConsultationIntegrationTests extends WithMailServer {

    static final String RESITA_EDITOR = "municipality@cinema.demo";
    static final String KOSICE_PARTNER_EDITOR = "partner@cinema.demo";

    @LocalServerPort
    int port;

    @Autowired
    PlanVersionRepository versions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PrivacyService privacy;

    @Test
    void aConsultationFromOpeningToTheReportOfTheNextVersion() throws IOException {
        PortalClient editor = signedIn(RESITA_EDITOR);
        long id = planWithAction(editor, "Consulted plan " + System.nanoTime());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        Page opened = open(editor, id, 1, today, today.plusDays(13), Map.of("introduction", "Should the market hall open on Sundays?"));
        assertThat(opened.location()).isEqualTo("/plans/" + id + "/consultation/manage");
        assertThat(versions.findByPlanIdAndNumber(id, 1).orElseThrow().getState().name()).isEqualTo("CONSULTATION");
        String csrf = editor.get("/account").document().selectFirst("input[name=_csrf]").val();
        Page frozen = editor.post("/plans/" + id + "/versions/1", Map.of("_csrf", csrf, "title", "Changed under people's eyes",
                "theme", "RETAIL_SMALL_BUSINESS", "version", String.valueOf(versions.findByPlanIdAndNumber(id, 1).orElseThrow().getVersion())));
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.text("main")).contains("Version 1 is under public consultation and never changes");

        PortalClient anonymous = visitor();
        Page page = anonymous.get("/plans/" + id + "/consultation");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#question-heading + p")).isEqualTo("Should the market hall open on Sundays?");
        assertThat(page.text(".badges")).contains("Open for comments: 14 days left");
        assertThat(anonymous.get("/plans/" + id).text("h1")).as("the consulted version is the plan's public page").startsWith("Consulted plan");

        Page thanked = comment(anonymous, id, "plan", "Yes, and with a market on the square.", "", "");
        assertThat(thanked.location()).startsWith("/plans/" + id + "/consultation");
        Page afterwards = anonymous.get("/plans/" + id + "/consultation");
        assertThat(afterwards.text(".alert-success")).contains("read every comment before it is published");
        assertThat(afterwards.document().select(".comment").text()).as("waiting for moderation").doesNotContain("market on the square");

        long actionId = jdbc.queryForObject("SELECT a.id FROM plan_action a JOIN plan_version v ON v.id = a.plan_version_id "
                + "WHERE v.plan_id = ? AND v.number = 1", Long.class, id);
        PortalClient ana = visitor();
        comment(ana, id, "action-" + actionId, "Open the ground floor to makers first.", "Ana Popescu", "Ana@Example.org");

        Page manage = editor.get("/plans/" + id + "/consultation/manage");
        assertThat(manage.text("#waiting-heading")).isEqualTo("Waiting for you: 2");
        assertThat(editor.get("/workspace").document().select("a[href='/plans/" + id + "/consultation/manage']").text())
                .contains("Comments waiting in", ": 2");
        for (String text : new String[] {"market on the square", "makers first"}) {
            String commentId = manage.document().select(".comment").stream().filter(c -> c.text().contains(text)).findFirst()
                    .orElseThrow().id().substring("comment-".length());
            editor.submit(manage, "form[action='/plans/" + id + "/consultation/comments/" + commentId + "/publish']", Map.of());
        }
        Page published = anonymous.get("/plans/" + id + "/consultation");
        assertThat(published.text("#whole-heading + ol")).contains("Anonymous", "Yes, and with a market on the square.");
        assertThat(published.text("#action-" + actionId + " ~ ol")).contains("Ana Popescu", "Open the ground floor to makers first.");
        assertThat(published.body()).doesNotContain("ana@example.org");

        Page supported = anonymous.submit(published, "form[action='/plans/" + id + "/consultation/actions/" + actionId + "/support']", Map.of());
        assertThat(supported.location()).isEqualTo("/plans/" + id + "/consultation");
        Page again = anonymous.submit(published, "form[action='/plans/" + id + "/consultation/actions/" + actionId + "/support']", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("main")).contains("You have supported this action already");
        assertThat(anonymous.get("/plans/" + id + "/consultation").text("#action-" + actionId + " ~ .row-actions")).contains("Supports: 1");

        Page answerForm = editor.get("/plans/" + id + "/consultation/manage");
        Map<String, String> answer = new HashMap<>(Map.of("outcome", "PARTLY", "text", "Sundays yes, the square from next spring.",
                "actionId", String.valueOf(actionId)));
        Page answered = editor.submitAsShown(answerForm, "form[action='/plans/" + id + "/consultation/answers']",
                Map.of("outcome", "PARTLY", "text", "Sundays yes, the square from next spring.", "actionId", String.valueOf(actionId)));
        assertThat(answered.status()).as("nothing ticked: refused").isEqualTo(200);
        assertThat(answered.text("#commentIds-error")).isEqualTo("Tick at least one published comment of this consultation.");
        assertThat(answered.document().selectFirst("#text").wholeText()).as("the answer typed is kept")
                .isEqualTo("Sundays yes, the square from next spring.");
        String anaComment = answerForm.document().select("label").stream().filter(l -> l.text().contains("makers first")).findFirst()
                .orElseThrow().attr("for").substring("answer-comment-".length());
        answer.put("commentIds", anaComment);
        assertThat(editor.submit(answerForm, "form[action='/plans/" + id + "/consultation/answers']", answer).location())
                .isEqualTo("/plans/" + id + "/consultation/manage");
        MimeMessage letter = mailTo("ana@example.org", "The municipality answered your comment");
        assertThat(GreenMailUtil.getBody(letter).replaceAll("=\\r?\\n", "")).contains("Sundays yes, the square from next spring.",
                "Partly taken up");
        assertThat(anonymous.get("/plans/" + id + "/consultation").text("#answers-heading ~ .answer")).contains("Partly taken up",
                "Sundays yes");

        Page draft = editor.submit(editor.get("/plans/" + id + "/edit"), "form[action='/plans/" + id + "/drafts']", Map.of());
        assertThat(draft.location()).startsWith("/plans/" + id + "/edit");
        Page early = editor.submitAsShown(editor.get("/plans/" + id + "/edit"), "form[action='/plans/" + id + "/versions/2']",
                Map.of("publish", "true", "vision", "Open on Sundays."));
        assertThat(early.text(".alert-error")).as("no publishing while people are asked").contains("has not ended yet");

        long consultationId = jdbc.queryForObject("SELECT c.id FROM plan_consultation c JOIN plan_version v ON v.id = c.plan_version_id "
                + "WHERE v.plan_id = ?", Long.class, id);
        Page manageAgain = editor.get("/plans/" + id + "/consultation/manage");
        editor.submit(manageAgain, "form[action='/plans/" + id + "/consultation/" + consultationId + "/close']", Map.of());
        Page late = comment(visitor(), id, "plan", "Too late?", "", "");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("main")).contains("This consultation has ended");

        Page publishing = editor.submitAsShown(editor.get("/plans/" + id + "/edit"), "form[action='/plans/" + id + "/versions/2']",
                Map.of("publish", "true", "vision", "Open on Sundays."));
        assertThat(publishing.location()).isEqualTo("/plans/" + id);
        Document report = anonymous.get("/plans/" + id).document();
        assertThat(report.select("#consultation-report").text()).contains("You said, we did");
        assertThat(report.select(".consultation-report dl").text()).contains("Comments published 2", "People who commented 2",
                "Supports 1", "Devices that supported 1");
        assertThat(report.select(".consultation-report a[href='/plans/" + id + "/compare?from=1&to=2']")).hasSize(1);
        try (PDDocument pdf = Loader.loadPDF(anonymous.download("/plans/" + id + "/plan.pdf"))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("You said, we did", "Sundays yes");
        }
        Document feed = Jsoup.parse(anonymous.get("/plans/feed.atom", "application/atom+xml").body(), Parser.xmlParser());
        assertThat(feed.select("entry").stream().filter(e -> e.select("title").text().startsWith("Consulted plan")).findFirst()
                .orElseThrow().text()).contains("Consultation on version 1: comments 2, people 2, supports 1, answers 1.");
        String openData = anonymous.get("/plans/" + id + "/consultation.json", "application/json").body();
        assertThat(openData).contains("Open the ground floor to makers first.", "\"outcome\":\"PARTLY\"").doesNotContain("example.org");
    }

    @Test
    void badCommentsAreRefusedWithTheirMessageAndTheTextKept() {
        PortalClient editor = signedIn(RESITA_EDITOR);
        long id = planWithAction(editor, "Refusing plan " + System.nanoTime());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        open(editor, id, 1, today, today.plusDays(5), Map.of("introduction", "Tell us."));
        PortalClient visitor = visitor();

        Page markup = comment(visitor, id, "plan", "Nice <script>alert(1)</script>", "", "");
        Page tooLong = comment(visitor, id, "plan", "x".repeat(2001), "", "");
        Page noConsent = submitComment(visitor, id, Map.of("about", "plan", "text", "Without consent"));
        Page strangeAction = comment(visitor, id, "action-999999999", "About someone else's action", "", "");
        Page strangeSection = comment(visitor, id, "section-NONSENSE", "About nothing", "", "");
        Page badMail = comment(visitor, id, "plan", "Mail me", "", "not-an-address");
        Page control = visitor.raw("POST", "/plans/" + id + "/consultation/comments", "text=%00bell");

        assertThat(markup.status()).isEqualTo(200);
        assertThat(markup.text("#text-error")).contains("Comments are plain text");
        assertThat(markup.document().selectFirst("#text").wholeText()).isEqualTo("Nice <script>alert(1)</script>");
        assertThat(markup.body()).doesNotContain("<script>alert(1)");
        assertThat(tooLong.text("#text-error")).isEqualTo("A comment may have at most 2,000 characters.");
        assertThat(noConsent.text("#consent-error")).contains("Please agree to the publication");
        assertThat(strangeAction.text("#about-error")).isEqualTo("Choose what your comment is about from the list.");
        assertThat(strangeSection.text("#about-error")).isEqualTo("Choose what your comment is about from the list.");
        assertThat(badMail.document().select("#email-error")).hasSize(1);
        assertThat(control.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan_comment c JOIN plan_consultation k ON k.id = c.consultation_id "
                + "JOIN plan_version v ON v.id = k.plan_version_id WHERE v.plan_id = ?", Long.class, id)).isZero();

        Page robot = submitComment(visitor, id, Map.of("about", "plan", "text", "Buy now", "consent", "true", "homepage", "http://spam"));
        assertThat(robot.status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM plan_comment WHERE text = 'Buy now'", Long.class)).isZero();

        PortalClient flood = visitor();
        forgetAddressCounts();
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            if (comment(flood, id, "plan", "Flood " + i, "", "").status() == 200) {
                refused++;
            }
        }
        assertThat(refused).as("ten an hour from one address").isEqualTo(2);

        Page manage = editor.get("/plans/" + id + "/consultation/manage");
        String flooded = manage.document().select(".comment").stream().filter(c -> c.text().contains("Flood 0")).findFirst()
                .orElseThrow().id().substring("comment-".length());
        editor.submit(manage, "form[action='/plans/" + id + "/consultation/comments/" + flooded + "/publish']", Map.of());
        Page reported = null;
        for (int i = 0; i < 21; i++) {
            Page page = flood.get("/plans/" + id + "/consultation");
            reported = flood.submit(page, "form[action='/plans/" + id + "/consultation/comments/" + flooded + "/report']", Map.of());
        }
        assertThat(reported.status()).as("twenty reports an hour from one address").isEqualTo(429);
        assertThat(reported.text("main")).contains("Too many comments, supports or reports from your connection");
        assertThat(jdbc.queryForObject("SELECT reports FROM plan_comment WHERE id = ?", Integer.class, Long.parseLong(flooded))).isEqualTo(20);
        forgetAddressCounts();
    }

    /** Every test of the run comes from 127.0.0.1; the limits counted so far are not this test's. */
    @BeforeEach
    void forgetAddressCounts() {
        jdbc.update("DELETE FROM shared_counter WHERE key LIKE 'plan-%'");
    }

    @Test
    void onlyThePlansEditorsOpenModerateAndAnswer() {
        PortalClient editor = signedIn(RESITA_EDITOR);
        long id = planWithAction(editor, "Guarded plan " + System.nanoTime());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        PortalClient stranger = signedIn(KOSICE_PARTNER_EDITOR);
        String csrf = stranger.get("/account").document().selectFirst("input[name=_csrf]").val();
        long draftVersion = versions.findByPlanIdAndNumber(id, 1).orElseThrow().getVersion();

        Page strangerOpens = stranger.post("/plans/" + id + "/versions/1/consultation", Map.of("_csrf", csrf,
                "opensOn", today.toString(), "closesOn", today.plusDays(3).toString(), "introduction", "Mine now",
                "version", String.valueOf(draftVersion)));
        assertThat(strangerOpens.status()).isEqualTo(403);

        Page badPeriod = open(editor, id, 1, today.minusDays(1), today.minusDays(2), Map.of("introduction", ""));
        assertThat(badPeriod.status()).isEqualTo(200);
        assertThat(badPeriod.document().select(".error-summary li").eachText()).contains("The first day cannot be in the past.",
                "The last day cannot be in the past.", "Say what you ask the public.");
        Page backwards = open(editor, id, 1, today.plusDays(5), today.plusDays(2), Map.of("introduction", "Backwards"));
        assertThat(backwards.text("#closesOn-error")).isEqualTo("The last day must be on or after the first.");
        Page tooLong = open(editor, id, 1, today, today.plusDays(200), Map.of("introduction", "Long"));
        assertThat(tooLong.text("#closesOn-error")).isEqualTo("A consultation lasts at most 120 days.");
        assertThat(versions.findByPlanIdAndNumber(id, 1).orElseThrow().getState().name()).isEqualTo("DRAFT");

        open(editor, id, 1, today.plusDays(1), today.plusDays(10), Map.of("introduction", "From tomorrow."));
        assertThat(visitor().get("/plans/" + id + "/consultation").status()).as("not public before its first day").isEqualTo(404);
        assertThat(editor.get("/plans/" + id + "/consultation").text(".badges")).contains("Opens on");
        assertThat(stranger.get("/plans/" + id + "/consultation/manage").status()).isEqualTo(403);
        assertThat(visitor().get("/plans/" + id + "/consultation/manage").status()).isEqualTo(302);
        Page editorComments = comment(editor, id, "plan", "Before it opens", "", "");
        assertThat(editorComments.status()).isEqualTo(409);
        assertThat(editorComments.text("main")).contains("This consultation has not opened yet.");
    }

    @Test
    void aCommentersDataIsExportedErasedAndTheirAddressExpires() {
        PortalClient editor = signedIn(RESITA_EDITOR);
        long id = planWithAction(editor, "Private plan " + System.nanoTime());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        open(editor, id, 1, today, today.plusDays(5), Map.of("introduction", "Tell us."));
        String person = "erika." + System.nanoTime() + "@example.org";
        comment(visitor(), id, "plan", "Published, then anonymous.", "Erika", person);
        comment(visitor(), id, "plan", "Never published.", "Erika", person);
        Page manage = editor.get("/plans/" + id + "/consultation/manage");
        String first = manage.document().select(".comment").stream().filter(c -> c.text().contains("then anonymous")).findFirst()
                .orElseThrow().id().substring("comment-".length());
        editor.submit(manage, "form[action='/plans/" + id + "/consultation/comments/" + first + "/publish']", Map.of());

        PortalClient admin = signedIn("admin@cinema.demo");
        Page found = admin.submit(admin.get("/admin/privacy"), "form[action='/admin/privacy']", Map.of("email", person));
        Page export = admin.submit(found, "form[action='/admin/privacy/export']", Map.of());
        assertThat(export.body()).contains("planComment", "Published, then anonymous.", "Never published.", "Erika");
        admin.submit(found, "form[action='/admin/privacy/erase']", Map.of("confirmed", "true"));

        assertThat(jdbc.queryForList("SELECT text, author_name, email FROM plan_comment WHERE text IN "
                + "('Published, then anonymous.', 'Never published.')")).singleElement()
                .satisfies(row -> {
                    assertThat(row.get("text")).isEqualTo("Published, then anonymous.");
                    assertThat(row.get("author_name")).isNull();
                    assertThat(row.get("email")).isNull();
                });
        assertThat(visitor().get("/plans/" + id + "/consultation").text("#whole-heading + ol")).contains("Anonymous",
                "Published, then anonymous.").doesNotContain("Erika");

        String kept = "kept." + System.nanoTime() + "@example.org";
        comment(visitor(), id, "plan", "Address kept for now.", "", kept);
        jdbc.update("UPDATE plan_consultation SET opens_on = opens_on - 400, closes_on = closes_on - 400 "
                + "WHERE plan_version_id = (SELECT id FROM plan_version WHERE plan_id = ? AND number = 1)", id);
        privacy.expire(Instant.now());
        assertThat(jdbc.queryForObject("SELECT email FROM plan_comment WHERE text = 'Address kept for now.'", String.class))
                .as("180 days after the consultation's last day").isNull();
    }

    private Page open(PortalClient editor, long id, int number, LocalDate opens, LocalDate closes, Map<String, String> more) {
        Page form = editor.get("/plans/" + id + "/versions/" + number + "/consultation");
        Map<String, String> values = new HashMap<>(more);
        values.put("opensOn", opens.toString());
        values.put("closesOn", closes.toString());
        return editor.submit(form, "form[action='/plans/" + id + "/versions/" + number + "/consultation']", values);
    }

    private Page comment(PortalClient visitor, long id, String about, String text, String name, String email) {
        return submitComment(visitor, id, Map.of("about", about, "text", text, "authorName", name, "email", email, "consent", "true"));
    }

    private Page submitComment(PortalClient visitor, long id, Map<String, String> values) {
        Page page = visitor.get("/plans/" + id + "/consultation");
        String csrf = page.document().select("input[name=_csrf]").val();
        Map<String, String> fields = new HashMap<>(values);
        fields.put("_csrf", csrf);
        return visitor.post("/plans/" + id + "/consultation/comments", fields);
    }

    private PortalClient visitor() {
        return new PortalClient(port);
    }

    private PortalClient signedIn(String email) {
        PortalClient client = visitor();
        client.signIn(email, PortalClient.DEMO_PASSWORD);
        return client;
    }
}
