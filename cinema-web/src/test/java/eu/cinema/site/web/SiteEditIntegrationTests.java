package eu.cinema.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.ReadableHistory;

/** Editors keep up their own organisation's sites and actors, and only those. */
@PortalIntegrationTest
class SiteEditIntegrationTests {

    static final String PARTNER = "partner@cinema.demo";
    static final String MUNICIPALITY = "municipality@cinema.demo";

    @LocalServerPort
    int port;

    @Test
    void anEditorEntersASiteThatIsPublishedForTheirOrganisationAndEditsIt() {
        PortalClient editor = signedIn(PARTNER);
        String name = "Tobacco factory " + System.nanoTime();

        Page created = editor.submit(editor.get("/sites/new"), "form[action='/sites']", siteValues(name));

        assertThat(created.location()).matches("/sites/\\d+");
        Document page = new PortalClient(port).get(created.location()).document();
        assertThat(page.selectFirst("h1").text()).isEqualTo(name);
        assertThat(page.text()).contains("Creative Industry Košice", "1,250 m²");
        assertThat(page.selectFirst("p[lang=en]").text()).isEqualTo("Empty since 2012.");
        String editPath = created.location() + "/edit";
        Map<String, String> changed = siteValues(name);
        changed.put("status", "IN_REVITALISATION");
        changed.put("latitude", "48.7200");
        changed.put("description", "Empty since 2012; the roof was repaired in 2024 and the hall is dry again, ready for studios and a café.");
        Page saved = editor.submit(editor.get(editPath), "form[action='" + created.location() + "']", changed);
        assertThat(saved.location()).isEqualTo(created.location());
        Document edited = editor.get(editPath).document();
        assertThat(edited.selectFirst(".history-list > li:first-child").text())
                .contains("Demo partner editor", "Status", "Vacant", "In revitalisation", "latitude 48.72000");
        assertThat(edited.select(".history-list > li:first-child a:contains(on the map)").eachAttr("href"))
                .containsExactly("/map?at=48.71,21.24", "/map?at=48.72,21.24");
        assertThat(edited.select(".history-list > li:first-child ins").text()).contains("the roof was repaired in 2024");
        // The organisation by name as the history recorded it (the reference data gained its diacritics without a history row).
        assertThat(edited.select(".history-list > li:last-child a[href^=/partners/]").text()).matches("Creative Industry Ko[šs]ice");
        ReadableHistory.assertReadsInWords(edited.selectFirst(".history"));
        assertThat(editor.get("/workspace").body()).contains(name);
    }

    @Test
    void anotherOrganisationsEditorIsRefusedEverywhereById() {
        PortalClient owner = signedIn(PARTNER);
        String path = owner.submit(owner.get("/sites/new"), "form[action='/sites']", siteValues("Owned " + System.nanoTime()))
                .location();
        PortalClient stranger = signedIn(MUNICIPALITY);
        String csrf = stranger.get("/account").document().selectFirst("input[name=_csrf]").val();

        assertThat(stranger.get(path + "/edit").status()).isEqualTo(403);
        Map<String, String> takeover = siteValues("Taken over");
        takeover.put("_csrf", csrf);
        takeover.put("version", "0");
        assertThat(stranger.post(path, takeover).status()).isEqualTo(403);
        assertThat(new PortalClient(port).get(path).text("h1")).startsWith("Owned");
        assertThat(new PortalClient(port).get("/sites/new").location()).isEqualTo("/login");
        assertThat(signedIn("admin@cinema.demo").get(path + "/edit").status()).isEqualTo(200);
    }

    @Test
    void aSelfIntersectingBoundaryAndBadNumbersAreShownBesideTheirFields() {
        PortalClient editor = signedIn(PARTNER);
        Map<String, String> values = siteValues("Bow tie " + System.nanoTime());
        values.put("boundaryWkt", "POLYGON((21 48, 22 49, 22 48, 21 49, 21 48))");
        values.put("floorAreaM2", "-5");
        values.put("vacantSince", "1066");

        Page page = editor.submit(editor.get("/sites/new"), "form[action='/sites']", values);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#floorAreaM2-error")).isEqualTo("Enter at least 0.");
        assertThat(page.text("#vacantSince-error")).isNotBlank();
        values.put("floorAreaM2", "100");
        values.put("vacantSince", "2001");
        Page boundary = editor.submit(editor.get("/sites/new"), "form[action='/sites']", values);
        assertThat(boundary.text("#boundaryWkt-error")).startsWith("The boundary is not a valid polygon");
        values.put("boundaryWkt", "POLYGON((21 48, 22 48, 22 49, 21 49, 21 48))");
        String created = editor.submit(editor.get("/sites/new"), "form[action='/sites']", values).location();
        assertThat(created).matches("/sites/\\d+");
        assertThat(new PortalClient(port).get(created).document().selectFirst(".mini-map").attr("data-boundary"))
                .isEqualTo("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[21.0,48.0],[22.0,48.0],[22.0,49.0],[21.0,49.0],[21.0,48.0]]]]}");
    }

    @Test
    void aStaleSiteEditIsRefused() {
        PortalClient editor = signedIn(PARTNER);
        String path = editor.submit(editor.get("/sites/new"), "form[action='/sites']", siteValues("Contested " + System.nanoTime()))
                .location();
        Page staleForm = editor.get(path + "/edit");
        Map<String, String> first = siteValues("First save");
        editor.submit(editor.get(path + "/edit"), "form[action='" + path + "']", first);

        Page refused = editor.submit(staleForm, "form[action='" + path + "']", siteValues("Second save"));

        assertThat(refused.text(".alert-error")).startsWith("Someone else saved this in between.");
        assertThat(new PortalClient(port).get(path).text("h1")).isEqualTo("First save");
    }

    @Test
    void anEditorEntersACreativeActor() {
        PortalClient editor = signedIn(PARTNER);
        Map<String, String> values = new HashMap<>();
        values.put("name", "Košice type foundry " + System.nanoTime());
        values.put("kind", "CI_BUSINESS");
        values.put("domains", "DESIGN");
        values.put("cityName", "Košice");
        values.put("countryCode", "SK");
        values.put("latitude", "48.72");
        values.put("longitude", "21.26");
        values.put("website", "javascript:alert(1)");

        Page refused = editor.submit(editor.get("/actors/new"), "form[action='/actors']", values);
        values.put("website", "https://type.example.sk");
        Page created = editor.submit(editor.get("/actors/new"), "form[action='/actors']", values);

        assertThat(refused.text("#website-error")).startsWith("Enter a web address");
        assertThat(created.location()).matches("/actors/\\d+");
        assertThat(new PortalClient(port).get(created.location()).text(".badges")).contains("Creative business", "Design");
        assertThat(signedIn(MUNICIPALITY).get(created.location() + "/edit").status()).isEqualTo(403);
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(port);
        client.signIn(email, PortalClient.DEMO_PASSWORD);
        return client;
    }

    private static Map<String, String> siteValues(String name) {
        Map<String, String> values = new HashMap<>();
        values.put("name", name);
        values.put("kind", "INDUSTRIAL_BUILDING");
        values.put("status", "VACANT");
        values.put("ownership", "PRIVATE");
        values.put("cityName", "Košice");
        values.put("countryCode", "SK");
        values.put("latitude", "48.7100");
        values.put("longitude", "21.2400");
        values.put("floorAreaM2", "1250");
        values.put("description", "Empty since 2012.");
        values.put("descriptionLang", "en");
        return values;
    }
}
