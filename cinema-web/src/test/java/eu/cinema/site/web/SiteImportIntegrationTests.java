package eu.cinema.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.cinema.site.Site;
import eu.cinema.site.SiteRepository;
import eu.cinema.site.importing.SiteImportService;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.SecondInstance;
import eu.cinema.testsupport.web.SiteImports;

/** Importing a real-world-messy brownfield CSV with projected coordinates, and a GeoJSON file. */
@PortalIntegrationTest
class SiteImportIntegrationTests {

    static final String FORM = SiteImports.FORM;

    @LocalServerPort
    int port;

    @Autowired
    SiteRepository sites;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SiteImportService imports;

    @Test
    void aMessyCsvWithProjectedCoordinatesImportsOnceAndUpdatesOnTheSecondRun() throws Exception {
        String prefix = "IMP" + System.nanoTime();
        // A byte-order mark, CRLF line ends, spaces around values, tripled quotes, an unknown column,
        // day-first dates, Web Mercator and Stereo 70 coordinates.
        String csv = "\uFEFFSiteReference , SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,Hectares,OwnershipStatus,"
                + "FirstAddedDate,LastUpdatedDate,Colour\r\n"
                + prefix + "-1, \"\"\"Red\"\" Mill, Strada Morii 3\" ,EPSG:3857, 2436427.4 , 5669001.3 ,1.25,"
                + "Owned By A Public Authority,31/12/2019,2020-01-15,red\r\n"
                + prefix + "-2,Old depot,EPSG:3844,257100.2,428062.9,0.4,not owned by a public authority,01/02/2020,,blue\r\n";
        PortalClient editor = signedIn("partner@cinema.demo");

        Document preview = SiteImports.preview(editor, csv, "BROWNFIELD_CSV", "RO", "Reșița").document();

        assertThat(preview.text()).contains("2 rows read; 2 new sites, 0 updates", "Columns not used: Colour");
        assertThat(preview.select("table tbody tr").eachText()).anyMatch(row -> row.contains("\"Red\" Mill, Strada Morii 3"));
        SiteImports.follow(editor, editor.submit(new Page("/sites/import", 200, Map.of(), preview.outerHtml()),
                "form[action='/sites/import/confirm']", Map.of()));

        Site mill = sites.findAll().stream().filter(s -> (prefix + "-1").equals(s.getReference())).findFirst().orElseThrow();
        assertThat(mill.getName()).isEqualTo("\"Red\" Mill, Strada Morii 3");
        assertThat(mill.getLocation().getX()).isCloseTo(21.8868, within(0.001));
        assertThat(mill.getLocation().getY()).isCloseTo(45.3008, within(0.001));
        assertThat(mill.getLandAreaHa()).isEqualByComparingTo("1.25");
        Site depot = sites.findAll().stream().filter(s -> (prefix + "-2").equals(s.getReference())).findFirst().orElseThrow();
        assertThat(depot.getLocation().getY()).isCloseTo(45.31, within(0.001));
        assertThat(depot.getLocation().getX()).isCloseTo(21.90, within(0.001));

        Document again = SiteImports.preview(editor, csv.replace("Old depot", "\"Old depot, renamed\""), "BROWNFIELD_CSV", "RO",
                "Reșița").document();
        assertThat(again.text()).contains("0 new sites, 2 updates");
        SiteImports.follow(editor, editor.submit(new Page("/sites/import", 200, Map.of(), again.outerHtml()),
                "form[action='/sites/import/confirm']", Map.of()));
        assertThat(sites.findAll().stream().filter(s -> s.getReference() != null && s.getReference().startsWith(prefix)))
                .extracting(Site::getName).containsExactlyInAnyOrder("\"Red\" Mill, Strada Morii 3", "Old depot, renamed");
    }

    @Test
    void everyProblemIsListedWithItsRowAndColumnAndNothingIsSaved() {
        String prefix = "BAD" + System.nanoTime();
        String csv = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,Hectares,LastUpdatedDate\n"
                + prefix + "-1,Fine,WGS84,21.2,48.7,1,2020-01-01\n"
                + prefix + "-2,No coordinates,WGS84,east,48.7,1,2020-01-01\n"
                + prefix + "-3,Nowhere,MARS2000,21.2,48.7,-3,13/13/2020\n"
                + prefix + "-1,Twice,WGS84,21.2,48.7,1,\n";
        PortalClient editor = signedIn("partner@cinema.demo");

        Page preview = SiteImports.preview(editor, csv, "BROWNFIELD_CSV");

        List<String> problems = preview.document().select("table:has(caption:contains(Problems)) tbody tr").eachText();
        assertThat(problems).anyMatch(p -> p.startsWith("2 GeoX") && p.contains("“east” is not a number"))
                .anyMatch(p -> p.startsWith("3 CoordinateReferenceSystem"))
                .anyMatch(p -> p.startsWith("3 Hectares"))
                .anyMatch(p -> p.startsWith("3 LastUpdatedDate"))
                .anyMatch(p -> p.startsWith("4 SiteReference") && p.contains("more than once"));
        assertThat(preview.document().select("form[action='/sites/import/confirm']")).isEmpty();
        assertThat(sites.findAll()).noneMatch(s -> s.getReference() != null && s.getReference().startsWith(prefix));
    }

    @Test
    void missingColumnsBrokenQuotingAndWrongFilesAreReported() {
        PortalClient editor = signedIn("partner@cinema.demo");

        assertThat(SiteImports.preview(editor, "Name,X,Y\nA,1,2\n", "BROWNFIELD_CSV").body())
                .contains("The required column SiteReference is missing.", "The required column GeoX is missing.");
        assertThat(SiteImports.preview(editor, "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY\n"
                + "Q1,\"Unterminated,WGS84,21,48\n", "BROWNFIELD_CSV").body()).contains("The quoting is broken");
        assertThat(SiteImports.preview(editor, "{\"type\":\"Feature\"}", "GEOJSON").body()).contains("not a GeoJSON FeatureCollection");
        assertThat(SiteImports.preview(editor, "{broken", "GEOJSON").body()).contains("The file is not valid JSON.");
        Page oddTarget = editor.submitMultipart(editor.get("/sites/import"), FORM, Map.of("format", "BROWNFIELD_CSV",
                "countryCode", "SKX", "defaultCity", "K".repeat(300)), "file", "sites.csv", "a,b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(oddTarget.status()).isEqualTo(200);
        assertThat(oddTarget.body()).contains("City is longer than 200 characters.");
    }

    @Test
    void aGeoJsonFileWithPointsAndPolygonsImports() throws Exception {
        String prefix = "GJ" + System.nanoTime();
        String geoJson = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [25.32, 42.87]},
                   "properties": {"SiteReference": "%1$s-1", "SiteNameAddress": "Tannery", "Hectares": 0.8}},
                  {"type": "Feature", "geometry": {"type": "Polygon",
                     "coordinates": [[[25.30, 42.86], [25.31, 42.86], [25.31, 42.87], [25.30, 42.87], [25.30, 42.86]]]},
                   "properties": {"SiteReference": "%1$s-2", "SiteNameAddress": "Yard", "City": "Gabrovo"}}]}
                """.formatted(prefix);
        PortalClient editor = signedIn("partner@cinema.demo");

        Page preview = SiteImports.preview(editor, geoJson, "GEOJSON", "BG", "Gabrovo");
        SiteImports.follow(editor, editor.submit(preview, "form[action='/sites/import/confirm']", Map.of()));

        Site yard = sites.findAll().stream().filter(s -> (prefix + "-2").equals(s.getReference())).findFirst()
                .flatMap(s -> sites.findWithOwnerById(s.getId())).orElseThrow();
        assertThat(yard.getBoundary()).isNotNull();
        assertThat(yard.getLocation().getX()).isBetween(25.30, 25.31);
        JsonNode layer = json.readTree(new PortalClient(port).get("/api/layers/sites?bbox=25.29,42.85,25.33,42.88",
                "application/geo+json").body());
        assertThat(layer.get("features").valueStream().map(f -> f.get("properties").get("name").asString()))
                .contains("Tannery", "Yard");
    }

    @Test
    void aLaterFileThatSaysLessKeepsWhatAnEarlierOneStoredAndAPublishersExtraQuotesGo() throws Exception {
        String reference = "PIER" + System.nanoTime();
        PortalClient editor = signedIn("partner@cinema.demo");
        String geoJson = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Polygon",
                     "coordinates": [[[21.25, 48.71], [21.26, 48.71], [21.26, 48.72], [21.25, 48.72], [21.25, 48.71]]]},
                   "properties": {"SiteReference": "%s", "SiteNameAddress": "Pier", "Hectares": "0.8",
                                  "SiteInformation": "A tannery.", "Notes": "The roof needs repair."}}]}""".formatted(reference);
        SiteImports.follow(editor, editor.submit(SiteImports.preview(editor, geoJson, "GEOJSON"), "form[action='/sites/import/confirm']", Map.of()));

        String csv = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY\n"
                + reference + ",\"\"\"1 The Pier Head\"\"\",WGS84,21.255,48.715\n";
        SiteImports.follow(editor, editor.submit(SiteImports.preview(editor, csv, "BROWNFIELD_CSV"), "form[action='/sites/import/confirm']", Map.of()));

        Site pier = sites.findAll().stream().filter(s -> reference.equals(s.getReference())).findFirst()
                .flatMap(s -> sites.findWithOwnerById(s.getId())).orElseThrow();
        assertThat(pier.getName()).isEqualTo("1 The Pier Head");
        assertThat(pier.getLandAreaHa()).as("a number given as text, kept by a file without it").isEqualByComparingTo("0.8");
        assertThat(pier.getDescription()).isEqualTo("A tannery.\n\nThe roof needs repair.");
        assertThat(pier.getBoundary()).as("kept by a file of points").isNotNull();
    }

    @Test
    void anotherInstanceFollowsAnImportButAnotherPersonCannot() throws Exception {
        String csv = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY\nOWN" + System.nanoTime()
                + ",Shed,WGS84,21.2,48.7\n";
        PortalClient editor = signedIn("partner@cinema.demo");
        Page started = editor.submit(SiteImports.preview(editor, csv, "BROWNFIELD_CSV"), "form[action='/sites/import/confirm']", Map.of());
        SiteImports.follow(editor, started);
        JsonNode elsewhere = json.readTree(editor.atPort(SecondInstance.port()).get(started.location() + "/progress", "application/json").body());

        assertThat(elsewhere.get("state").asString()).as("another instance follows the import too").isEqualTo("DONE");
        assertThat(elsewhere.get("created").asInt()).isEqualTo(1);
        assertThat(signedIn("municipality@cinema.demo").get(started.location()).status()).isEqualTo(403);
        assertThat(new PortalClient(port).get("/sites/import").location()).isEqualTo("/login");
    }

    @Test
    void anImportWhoseInstanceDiedShowsAsFailedAndAnUnknownOneIsNotFound() {
        PortalClient editor = signedIn("partner@cinema.demo");
        String job = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO site_import_job (id, account_id, state, total, processed, started_at, updated_at)
                SELECT :id::uuid, id, 'RUNNING', 5000, 2000, now() - interval '1 hour', now() - interval '10 minutes'
                FROM account WHERE email = 'partner@cinema.demo'
                """).param("id", job).update();

        Page stalled = editor.get("/sites/import/" + job);

        assertThat(stalled.status()).isEqualTo(200);
        assertThat(stalled.text("[role=status]")).startsWith("The import failed and saved nothing.");
        assertThat(editor.get("/sites/import/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(editor.get("/sites/import/not-a-job").status()).isEqualTo(404);
    }

    @Test
    void whatThePreviewAcceptsImportsAndWhatTheTableCannotHoldIsNamed() throws Exception {
        String reference = ("EDGE" + System.nanoTime() + "-").repeat(10).substring(0, 100);
        String header = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,Hectares,City\n";
        PortalClient editor = signedIn("partner@cinema.demo");

        Page atTheLimits = SiteImports.preview(editor, header + reference + "," + "N".repeat(300) + ",WGS84,21.2,48.7,99999999.9999,"
                + "C".repeat(200) + "\n", "BROWNFIELD_CSV");
        SiteImports.follow(editor, editor.submit(atTheLimits, "form[action='/sites/import/confirm']", Map.of()));
        assertThat(sites.findAll()).anyMatch(site -> reference.equals(site.getReference()));

        Page overTheLimits = SiteImports.preview(editor, header + "R".repeat(150) + ",Mill,WGS84,21.2,48.7,,\n"
                + "B,Hall,WGS84,21.2,48.7,1e12,\n" + "C,Yard,WGS84,21.2,48.7,," + "C".repeat(250) + "\n", "BROWNFIELD_CSV");
        assertThat(overTheLimits.document().select("table:has(caption:contains(Problems)) tbody tr").eachText()).containsExactly(
                "1 SiteReference SiteReference is longer than 100 characters.",
                "2 Hectares “1000000000000” has too many digits: at most 8 before the decimal point and 4 after it.",
                "3 City City is longer than 200 characters.");
    }

    @Test
    void aPreviewedFileWaitsOnlyForItsUploaderAndOnlyUntilItIsImportedOrExpires() throws Exception {
        String csv = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY\nWAIT" + System.nanoTime()
                + ",Shed,WGS84,21.2,48.7\n";
        PortalClient editor = signedIn("partner@cinema.demo");
        PortalClient other = signedIn("admin@cinema.demo");

        Page preview = SiteImports.preview(editor, csv, "BROWNFIELD_CSV");
        String fileId = preview.document().select("input[name=fileId]").val();
        assertThat(uploadExists(fileId)).isTrue();
        String othersToken = other.get("/sites/import").document().select(FORM + " input[name=_csrf]").val();
        Page stolen = other.post("/sites/import/confirm", Map.of("_csrf", othersToken, "fileId", fileId));
        assertThat(stolen.status()).as("someone else's file is not found").isEqualTo(404);

        SiteImports.follow(editor, editor.submit(preview, "form[action='/sites/import/confirm']", Map.of()));
        assertThat(uploadExists(fileId)).as("deleted once imported").isFalse();

        String refusedId = SiteImports.preview(editor, "Name,X,Y\nA,1,2\n", "BROWNFIELD_CSV").document().select("input[name=fileId]").val();
        assertThat(refusedId).as("a refused file offers no import").isEmpty();
        Page waiting = SiteImports.preview(editor, csv.replace("WAIT", "LATE"), "BROWNFIELD_CSV");
        String late = waiting.document().select("input[name=fileId]").val();
        jdbc.sql("UPDATE site_import_upload SET created_at = now() - interval '25 hours' WHERE id = :id::uuid").param("id", late).update();
        assertThat(editor.submit(waiting, "form[action='/sites/import/confirm']", Map.of()).status()).isEqualTo(404);
        imports.deleteExpiredUploads();
        assertThat(uploadExists(late)).as("deleted once expired").isFalse();
    }

    private boolean uploadExists(String id) {
        return jdbc.sql("SELECT count(*) FROM site_import_upload WHERE id = :id::uuid").param("id", id).query(Integer.class).single() == 1;
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(port);
        client.signIn(email, PortalClient.DEMO_PASSWORD);
        return client;
    }
}
