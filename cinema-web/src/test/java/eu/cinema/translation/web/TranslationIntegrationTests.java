package eu.cinema.translation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * Content in the partnership's languages over real HTTP: readers get a translation where one exists and the original
 * with a note elsewhere, each block with its language; search finds content by a word of any translation; editors
 * translate side by side; translators' files go round and come back all or nothing.
 */
@PortalIntegrationTest
class TranslationIntegrationTests {

    private static final String SAVE = "form[method=post][action^='/translations/']";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readersGetTheirLanguageWhereATranslationExistsAndTheOriginalWithANoteElsewhere() {
        String tool = "/toolkit/" + id("tool_card", "title", "Shop window designs");

        Document german = new PortalClient(port).get(tool + "?lang=de").document();
        Document slovak = new PortalClient(port).get(tool + "?lang=sk").document();
        Document english = new PortalClient(port).get(tool + "?lang=en").document();
        Document romanianList = new PortalClient(port).get("/toolkit?lang=ro").document();

        assertThat(german.selectFirst("html").attr("lang")).isEqualTo("de");
        assertThat(german.selectFirst("h1").text()).isEqualTo("Schaufenstergestaltung");
        assertThat(german.selectFirst("h1").attr("lang")).isEqualTo("de");
        assertThat(german.select(".steps li").eachAttr("lang")).containsOnly("de");
        assertThat(german.select(".steps li").first().text()).isEqualTo("Mit den Eigentümern leerer Läden Vereinbarungen treffen");
        assertThat(german.select(".translation-note .alert")).as("nothing falls back").isEmpty();

        assertThat(slovak.selectFirst("html").attr("lang")).isEqualTo("sk");
        assertThat(slovak.selectFirst("h1").text()).isEqualTo("Shop window designs");
        assertThat(slovak.selectFirst("h1").attr("lang")).isEqualTo("en");
        assertThat(slovak.select(".steps li").eachAttr("lang")).containsOnly("en");
        assertThat(slovak.selectFirst(".translation-note .alert p").text()).startsWith("Zatiaľ nepreložené do vášho jazyka")
                .contains("angličtina");
        assertThat(slovak.select(".translation-note a[hreflang]").eachAttr("hreflang")).containsExactly("en", "de", "ro");
        assertThat(slovak.select(".translation-note a[hreflang=de]").attr("lang")).isEqualTo("de");

        assertThat(english.selectFirst("h1").attr("lang")).isEqualTo("en");
        assertThat(english.select(".translation-note .alert")).isEmpty();
        Element card = romanianList.select(".card-title a").stream().filter(a -> a.text().equals("Amenajarea vitrinelor")).findFirst()
                .orElseThrow();
        assertThat(card.attr("lang")).isEqualTo("ro");
    }

    @Test
    void searchFindsContentByAWordOfAnyTranslationInItsOwnLanguageAndShowsTheReadersTranslation() {
        Document german = new PortalClient(port).get("/search?q=Schaufenstern&lang=de").document();
        Document romanian = new PortalClient(port).get("/search?q=vitrinelor&lang=ro").document();
        Document englishReader = new PortalClient(port).get("/search?q=Schaufenstern&lang=en").document();
        Document slovakReader = new PortalClient(port).get("/search?q=vitrinelor&type=TOOL&lang=sk").document();

        assertThat(german.select(".search-results .card-title a").eachText())
                .as("the German stem of Schaufenstern is the one of Schaufenster, in the tool's and the pilot's translations")
                .contains("Schaufenstergestaltung", "Erzählende Schaufenster");
        assertThat(german.select(".search-results .card-title a").eachAttr("lang")).contains("de");
        assertThat(german.select(".search-snippet mark").eachText()).contains("Schaufenster");
        assertThat(romanian.select(".search-results .card-title a").eachText()).contains("Amenajarea vitrinelor", "Vitrine care spun povești");
        assertThat(englishReader.select(".search-results .card-title a").eachText()).contains("Shop window designs", "Storytelling shop windows");
        assertThat(slovakReader.select(".search-results .card-title a").eachText()).containsExactly("Shop window designs");
        assertThat(slovakReader.select(".search-results .card-title a").attr("lang")).isEqualTo("en");
    }

    @Test
    void editorsTranslateSideBySideWithoutTouchingTheOriginalAndEveryRefusalKeepsTheirInput() {
        long pilot = id("pilot", "title", "Creative Center Košice");
        String sheetPath = "/translations/pilot/" + pilot + "?to=sk";
        PortalClient kosice = signedIn("partner@cinema.demo");
        PortalClient rival = signedIn("admin@cinema.demo");

        Page sheet = kosice.get(sheetPath);
        Page rivalSheet = rival.get(sheetPath);
        Page tooLong = kosice.submitAsShown(sheet, SAVE, Map.of("rows[0].text", "x".repeat(301)));
        Page saved = kosice.submitAsShown(sheet, SAVE, Map.of("rows[0].text", "Kreatívne centrum Košice"));
        Page stale = rival.submitAsShown(rivalSheet, SAVE, Map.of("rows[0].text", "Centrum kreativity Košice"));
        Document slovak = new PortalClient(port).get("/pilots/" + pilot + "?lang=sk").document();

        assertThat(sheet.status()).isEqualTo(200);
        assertThat(sheet.document().select(".translation-original [lang=en]").first().text()).isEqualTo("Creative Center Košice");
        assertThat(sheet.document().select("input[name='rows[0].text']").attr("lang")).isEqualTo("sk");
        assertThat(tooLong.status()).isEqualTo(200);
        assertThat(tooLong.text("#rows0-error")).contains("300");
        assertThat(saved.location()).isEqualTo(sheetPath);
        assertThat(stale.status()).isEqualTo(200);
        assertThat(stale.text(".alert-error")).startsWith("Someone else saved translations of this in between");
        assertThat(stale.document().select("input[name='rows[0].text']").val()).as("the input is kept").isEqualTo("Centrum kreativity Košice");
        assertThat(kosice.get(sheetPath).document().select(".history-list li").text())
                .as("the form shows the history of the item's translations").contains("Demo partner editor", "Slovak", "Kreatívne centrum Košice");
        assertThat(slovak.selectFirst("h1").text()).isEqualTo("Kreatívne centrum Košice");
        assertThat(slovak.selectFirst("h1").attr("lang")).isEqualTo("sk");
        assertThat(slovak.select(".lead").attr("lang")).as("the summary is not translated into Slovak").isEqualTo("en");
        assertThat(jdbc.sql("SELECT title FROM pilot WHERE id = :id").param("id", pilot).query(String.class).single())
                .isEqualTo("Creative Center Košice");
        assertThat(jdbc.sql("""
                SELECT r.actor FROM content_translation_aud a JOIN revision r ON r.id = a.rev
                WHERE a.content_type = 'pilot' AND a.content_id = :id AND a.lang = 'sk' AND a.text = 'Kreatívne centrum Košice'""")
                .param("id", pilot).query(String.class).list())
                .as("the translation is a change in the history, with its author").containsExactly("partner@cinema.demo");

        assertThat(signedIn("municipality@cinema.demo").get(sheetPath).status()).as("not theirs").isEqualTo(403);
        assertThat(new PortalClient(port).get(sheetPath).status()).isEqualTo(302);
        assertThat(kosice.get("/translations/pilot/" + pilot + "?to=fr").status()).isEqualTo(400);
        assertThat(kosice.get("/translations/castle/" + pilot).status()).isEqualTo(404);
        assertThat(kosice.get("/translations/pilot/987654").status()).isEqualTo(404);
    }

    @Test
    void roadmapsActorsAndAPilotsProgressAreTranslatedTheSameWay() {
        PortalClient admin = signedIn("admin@cinema.demo");
        long pilot = id("pilot", "title", "Creative Center Košice");
        long update = jdbc.sql("SELECT min(id) FROM progress_update WHERE pilot_id = :pilot AND published AND withdrawn_at IS NULL").param("pilot", pilot)
                .query(Long.class).single();
        long actor = jdbc.sql("SELECT min(id) FROM creative_actor WHERE description IS NOT NULL").query(Long.class).single();

        Page roadmap = translate(admin, "/translations/roadmap/3?to=de", "expectedChange", "Leere Gebäude werden zu Orten der Kreativwirtschaft.");
        Page progress = translate(admin, "/translations/pilot-progress/" + pilot + "?to=ro", "update." + update, "Partenerii au stabilit conceptul.");
        Page description = translate(admin, "/translations/actor/" + actor + "?to=sl", "description", "Ustvarjalni studio v starem mestnem jedru.");

        assertThat(List.of(roadmap.status(), progress.status(), description.status())).containsOnly(302);
        Element change = new PortalClient(port).get("/map/creative-industries?lang=de").document().selectFirst(".roadmap-grid p");
        assertThat(change.text()).isEqualTo("Leere Gebäude werden zu Orten der Kreativwirtschaft.");
        assertThat(change.attr("lang")).isEqualTo("de");
        Document romanian = new PortalClient(port).get("/pilots/" + pilot + "?lang=ro").document();
        assertThat(romanian.select(".timeline p[lang=ro]").eachText()).containsExactly("Partenerii au stabilit conceptul.");
        assertThat(romanian.select(".timeline p[lang=en]")).as("the other updates as written").isNotEmpty();
        Element slovene = new PortalClient(port).get("/actors/" + actor + "?lang=sl").document().selectFirst(".detail-layout p[lang]");
        assertThat(slovene.text()).isEqualTo("Ustvarjalni studio v starem mestnem jedru.");
        assertThat(slovene.attr("lang")).isEqualTo("sl");
        assertThat(new PortalClient(port).get("/pilots/feed.atom?lang=ro").body())
                .as("the feed too").contains("<content type=\"text\" xml:lang=\"ro\">Partenerii au stabilit conceptul.</content>");
    }

    @Test
    void aSitesDescriptionIsTranslatedShownAndFoundInItsLanguage() {
        long site = jdbc.sql("SELECT min(id) FROM site WHERE publication = 'PUBLISHED' AND description IS NOT NULL AND demo")
                .query(Long.class).single();
        PortalClient admin = signedIn("admin@cinema.demo");
        String etagBefore = new PortalClient(port).get("/api/layers/sites?lang=de&limit=10000", "application/geo+json").header("ETag");

        Page saved = translate(admin, "/translations/site/" + site + "?to=de", "description", "Eine ehemalige Tuchfabrik mit Ateliers unterm Sheddach.");
        Element german = new PortalClient(port).get("/sites/" + site + "?lang=de").document().selectFirst(".detail-layout p[lang]");
        Document found = new PortalClient(port).get("/search?q=Tuchfabriken&type=SITE&lang=de").document();
        Document english = new PortalClient(port).get("/search?q=Tuchfabriken&type=SITE&lang=en").document();

        assertThat(saved.status()).isEqualTo(302);
        assertThat(german.text()).isEqualTo("Eine ehemalige Tuchfabrik mit Ateliers unterm Sheddach.");
        assertThat(german.attr("lang")).isEqualTo("de");
        assertThat(found.select(".search-results li a").eachAttr("href")).containsExactly("/sites/" + site);
        assertThat(found.selectFirst(".search-snippet").attr("lang")).isEqualTo("de");
        assertThat(found.select(".search-snippet mark").eachText()).containsExactly("Tuchfabrik");
        assertThat(english.select(".search-results li a").eachAttr("href")).as("found by its German translation, shown as written")
                .containsExactly("/sites/" + site);
        assertThat(english.selectFirst(".search-snippet").attr("lang")).isNotEqualTo("de");

        Page layer = new PortalClient(port).get("/api/layers/sites?lang=de&limit=10000", "application/geo+json");
        JsonNode translated = feature(JSON.readTree(layer.body()), site).path("properties");
        JsonNode written = feature(JSON.readTree(new PortalClient(port).get("/api/layers/sites?limit=10000", "application/geo+json").body()), site)
                .path("properties");
        JsonNode ogcItem = JSON.readTree(new PortalClient(port).get("/ogcapi/collections/sites/items/" + site + "?lang=de", "application/geo+json")
                .body()).path("properties");
        assertThat(translated.path("description").asString()).isEqualTo("Eine ehemalige Tuchfabrik mit Ateliers unterm Sheddach.");
        assertThat(translated.path("descriptionLang").asString()).isEqualTo("de");
        assertThat(written.path("description").asString()).as("open data without lang: as written").isNotEqualTo(translated.path("description").asString());
        assertThat(ogcItem.path("description").asString()).isEqualTo("Eine ehemalige Tuchfabrik mit Ateliers unterm Sheddach.");
        assertThat(layer.header("ETag")).as("a translation moves the layer's version").isNotEqualTo(etagBefore);
    }

    private static JsonNode feature(JsonNode collection, long id) {
        for (JsonNode feature : collection.path("features")) {
            if (feature.path("id").asLong() == id) {
                return feature;
            }
        }
        throw new AssertionError("No feature " + id);
    }

    @Test
    void aPlansTranslationHoldsForEveryVersionWithTheSameTextAndNoDraftIsOffered() {
        long plan = jdbc.sql("SELECT plan_id FROM plan_version WHERE title = 'District 6: from empty workshops to a creative quarter' LIMIT 1")
                .query(Long.class).single();
        String added = jdbc.sql("""
                SELECT a.action_key::text FROM plan_action a JOIN plan_version v ON v.id = a.plan_version_id
                WHERE v.plan_id = :plan AND v.state = 'PUBLISHED' AND a.title = 'Long leases for the tenants who stayed'""")
                .param("plan", plan).query(String.class).single();
        PortalClient admin = signedIn("admin@cinema.demo");

        Page title = translate(admin, "/translations/plan/" + plan + "?to=de", "title", "Bezirk 6: von leeren Werkstätten zum Kreativviertel");
        Page action = translate(admin, "/translations/plan/" + plan + "?to=de", "actionTitle." + added, "Lange Mietverträge für die Gebliebenen");
        Document current = new PortalClient(port).get("/plans/" + plan + "?lang=de").document();
        Document first = new PortalClient(port).get("/plans/" + plan + "/versions/1?lang=de").document();

        assertThat(List.of(title.status(), action.status())).containsOnly(302);
        assertThat(current.selectFirst("h1").text()).isEqualTo("Bezirk 6: von leeren Werkstätten zum Kreativviertel");
        assertThat(current.selectFirst("h1").attr("lang")).isEqualTo("de");
        assertThat(current.select(".plan-action h3[lang=de]").eachText()).containsExactly("Lange Mietverträge für die Gebliebenen");
        assertThat(first.selectFirst("h1").text()).as("the first version has the same title, so the same translation")
                .isEqualTo("Bezirk 6: von leeren Werkstätten zum Kreativviertel");
        assertThat(first.select(".plan-action h3").eachText()).doesNotContain("Lange Mietverträge für die Gebliebenen");
        assertThat(signedIn("municipality@cinema.demo").get("/translations/plan/987654").status()).isEqualTo(404);
        assertThat(new PortalClient(port).get("/plans/feed.atom?lang=de").body())
                .contains("<title>Bezirk 6: von leeren Werkstätten zum Kreativviertel</title>");
    }

    /** Fills in the translation of one text on a side-by-side form and saves it. */
    private static Page translate(PortalClient translator, String sheet, String field, String text) {
        Page page = translator.get(sheet);
        String row = page.document().selectFirst("input[type=hidden][value='" + field + "']").attr("name")
                .replace(".field", ".text");
        return translator.submitAsShown(page, SAVE, Map.of(row, text));
    }

    @Test
    void aTranslationShowsAsOutOfDateOnceItsOriginalChanges() {
        long recommendation = id("policy_recommendation", "title", "Keep a public register of vacant properties");
        String edit = "/admin/recommendations/" + recommendation + "/edit";
        PortalClient admin = signedIn("admin@cinema.demo");

        Document before = new PortalClient(port).get("/recommendations/" + recommendation + "?lang=de").document();
        String text = admin.get(edit).document().selectFirst("textarea[name=text]").wholeText();
        Page changed = admin.submitAsShown(admin.get(edit), "form[action='/admin/recommendations/" + recommendation + "']",
                Map.of("text", text + " Review it every year."));
        Document after = new PortalClient(port).get("/recommendations/" + recommendation + "?lang=de").document();
        Document sheet = admin.get("/translations/recommendation/" + recommendation + "?to=de").document();

        assertThat(before.text()).doesNotContain("womöglich veraltet");
        assertThat(changed.location()).startsWith("/recommendations/" + recommendation);
        assertThat(after.selectFirst(".plan-text").attr("lang")).isEqualTo("de");
        assertThat(after.selectFirst(".translation-note .alert").text()).contains("womöglich veraltet");
        assertThat(sheet.select(".translation-row").get(1).text()).contains("Out of date");
        assertThat(sheet.select(".translation-row").get(0).text()).doesNotContain("Out of date");
    }

    @Test
    void translatorsFilesGoRoundTripAndAFileWithAnyFaultSavesNothing() throws Exception {
        PortalClient admin = signedIn("admin@cinema.demo");
        Page files = admin.get("/translations");
        String file = admin.get("/translations/recommendation.csv").body();
        String exported = file.substring(1);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(exported))
                .getRecords();
        CSVRecord title = rows.stream().filter(row -> row.get("original").equals("Fund temporary uses of empty municipal buildings"))
                .findFirst().orElseThrow();

        Page unchanged = admin.submitMultipart(files, "form[action='/translations/recommendation/import']", Map.of(), "file", "r.csv",
                exported.getBytes(StandardCharsets.UTF_8));
        String withSlovak = csv(rows, Map.of(title.get("id") + "/title/sk", "Financovať dočasné využitie prázdnych obecných budov"));
        String withFault = csv(rows, Map.of(title.get("id") + "/title/sk", "Nová verzia", title.get("id") + "/title/original", "Changed"))
                + "987654,title,en,Nothing,,,,,,,,\r\n";
        int slovakBefore = slovakTranslations();
        Page refused = admin.submitMultipart(files, "form[action='/translations/recommendation/import']", Map.of(), "file", "r.csv",
                withFault.getBytes(StandardCharsets.UTF_8));
        Page unknownColumn = admin.submitMultipart(files, "form[action='/translations/recommendation/import']", Map.of(), "file", "r.csv",
                exported.replaceFirst(",sk,", ",fr,").getBytes(StandardCharsets.UTF_8));
        Page notText = admin.submitMultipart(files, "form[action='/translations/recommendation/import']", Map.of(), "file", "r.csv",
                new byte[] {(byte) 0xff, (byte) 0xfe, 'i', 'd'});
        int slovakAfterRefusals = slovakTranslations();
        Page imported = admin.submitMultipart(files, "form[action='/translations/recommendation/import']", Map.of(), "file", "r.csv",
                withSlovak.getBytes(StandardCharsets.UTF_8));

        assertThat(file.lines().findFirst().orElseThrow()).as("a byte order mark first, for spreadsheets")
                .isEqualTo("\uFEFFid,field,language,original,en,de,ro,sl,sk,bg,sr,out_of_date");
        assertThat(title.get("de")).isEqualTo("Zwischennutzungen leerer städtischer Gebäude fördern");
        assertThat(unchanged.location()).isEqualTo("/translations");
        assertThat(admin.get("/translations").text(".alert-success")).contains("nothing changed");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select(".error-summary li").eachText())
                .anyMatch(problem -> problem.matches("Line \\d+: There is nothing with the id “987654” that you may translate\\."))
                .anyMatch(problem -> problem.contains("has changed since the file was downloaded"));
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.text(".error-summary li")).isEqualTo("Line 1: The column “fr” is not one of the portal’s languages.");
        assertThat(notText.status()).isEqualTo(400);
        assertThat(slovakAfterRefusals).as("nothing half-saved").isEqualTo(slovakBefore);
        assertThat(imported.location()).isEqualTo("/translations");
        assertThat(new PortalClient(port).get("/recommendations/" + title.get("id") + "?lang=sk").text("h1"))
                .isEqualTo("Financovať dočasné využitie prázdnych obecných budov");
        assertThat(signedIn("partner@cinema.demo").get("/translations/recommendation.csv").body().lines().count())
                .as("a partner's editor translates no recommendation").isEqualTo(1);
    }

    private int slovakTranslations() {
        return jdbc.sql("SELECT count(*) FROM content_translation WHERE lang = 'sk'").query(Integer.class).single();
    }

    /** The rows again, with the cells named id/field/column replaced. */
    private static String csv(List<CSVRecord> rows, Map<String, String> changes) throws Exception {
        StringBuilder out = new StringBuilder();
        List<String> header = rows.get(0).getParser().getHeaderNames();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (CSVRecord row : rows) {
                List<String> cells = new ArrayList<>();
                for (String column : header) {
                    cells.add(changes.getOrDefault(row.get("id") + "/" + row.get("field") + "/" + column, row.get(column)));
                }
                printer.printRecord(cells);
            }
        }
        return out.toString();
    }

    private long id(String table, String column, String value) {
        return jdbc.sql("SELECT id FROM " + table + " WHERE " + column + " = :value").param("value", value).query(Long.class).single();
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(port);
        client.signIn(email, PortalClient.DEMO_PASSWORD);
        return client;
    }
}
