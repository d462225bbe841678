package eu.cinema.mapping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.cinema.site.BrownfieldRegister;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.SiteImports;

/**
 * What the portal exports imports back unchanged: the same sites, no new history, the same last-change time; every
 * public attribute in GeoJSON, CSV and the OGC API alike; the publisher's dates kept.
 */
@PortalIntegrationTest
class OpenDataRoundTripIntegrationTests {

    /** A corner of Slovakia where only these tests put sites, so that an export holds only theirs. */
    private static final String BBOX = "22.40,49.00,22.45,49.05";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private PortalClient editor;
    private String prefix;

    @BeforeEach
    void importTwoSitesFromARegister() throws InterruptedException {
        jdbc.sql("DELETE FROM site WHERE location && ST_MakeEnvelope(" + BBOX + ", 4326)").update();
        editor = new PortalClient(port);
        editor.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);
        prefix = "RT" + System.nanoTime();
        String register = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,Hectares,OwnershipStatus,"
                + "SiteInformation,FirstAddedDate,LastUpdatedDate,City\n"
                + prefix + "-1,\"Mill, -5 Dock Road\",WGS84,22.4123456789,49.0123456789,1.25,mixed ownership,"
                + "\"=A mill; \"\"old\"\".\",31/12/2017,2021-06-30,Snina\n"
                + prefix + "-2,Depot,WGS84,22.43,49.03,,owned by a public authority,,2018-01-02,,Snina\n";
        SiteImports.confirm(editor, SiteImports.preview(editor, register, "BROWNFIELD_CSV"));
    }

    @Test
    void theCsvExportImportsBackWithoutChangingAnything() throws InterruptedException {
        String csv = new PortalClient(port).get("/api/layers/sites.csv?bbox=" + BBOX, "text/csv").body();

        assertThat(csv).startsWith("\uFEFF");
        assertUnchangedByImporting(csv, "BROWNFIELD_CSV");
    }

    @Test
    void theGeoJsonExportImportsBackWithoutChangingAnything() throws InterruptedException {
        String geoJson = new PortalClient(port).get("/api/layers/sites?bbox=" + BBOX, "application/geo+json").body();

        assertUnchangedByImporting(geoJson, "GEOJSON");
    }

    @Test
    void theRegisterExportHasTheStandardsColumnsAndImportsBackWithoutChangingAnything() throws Exception {
        String register = new PortalClient(port).get("/api/layers/sites/brownfield-register.csv?bbox=" + BBOX, "text/csv").body();
        CSVRecord mill = records(register).stream().filter(r -> r.get("SiteReference").equals(prefix + "-1")).findFirst()
                .orElseThrow();

        List<String> columns = new ArrayList<>(BrownfieldRegister.COLUMNS);
        columns.add(BrownfieldRegister.CITY);
        assertThat(mill.getParser().getHeaderNames()).containsExactlyElementsOf(columns);
        assertThat(mill.get("OwnershipStatus")).isEqualTo("mixed ownership");
        assertThat(mill.get("FirstAddedDate")).isEqualTo("2017-12-31");
        assertThat(mill.get("SiteplanURL")).matches("http://localhost:\\d+/sites/\\d+");
        assertThat(mill.get("SiteInformation")).isEqualTo("'=A mill; \"old\".");
        assertUnchangedByImporting(register, "BROWNFIELD_CSV");
    }

    @Test
    void everyPublicAttributeIsInGeoJsonCsvAndTheOgcApiAlike() throws Exception {
        long id = siteId(prefix + "-1");
        JsonNode geoJson = json.readTree(new PortalClient(port).get("/api/layers/sites?bbox=" + BBOX, "application/geo+json")
                .body()).get("features").valueStream().filter(f -> f.get("id").asLong() == id).findFirst().orElseThrow();
        JsonNode ogc = json.readTree(new PortalClient(port).get("/ogcapi/collections/sites/items/" + id, "application/geo+json")
                .body());
        CSVRecord csv = records(new PortalClient(port).get("/api/layers/sites.csv?bbox=" + BBOX, "text/csv").body()).stream()
                .filter(r -> r.get("id").equals(String.valueOf(id))).findFirst().orElseThrow();

        JsonNode properties = geoJson.get("properties");
        assertThat(properties.propertyNames()).contains("reference", "address", "floorAreaM2", "landAreaHa", "heritageProtected",
                "ownership", "rentEurPerM2", "suggestedUses", "firstAdded", "lastUpdated", "updated", "keptUpBy");
        assertThat(ogc.get("properties")).isEqualTo(properties);
        assertThat(csv.getParser().getHeaderNames()).containsAll(properties.propertyNames());
        assertThat(properties.get("landAreaHa").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(csv.get("landAreaHa")).isEqualTo("1.25");
        assertThat(properties.get("firstAdded").asString()).isEqualTo("2017-12-31");
        assertThat(csv.get("lastUpdated")).isEqualTo("2021-06-30");
        assertThat(csv.get("name")).isEqualTo("Mill, -5 Dock Road");
        assertThat(csv.get("description")).as("a formula made inert").isEqualTo("'=A mill; \"old\".");
        assertThat(json.readTree(new PortalClient(port).get("/api/layers/actors?limit=1", "application/geo+json").body())
                .get("features").get(0).get("properties").propertyNames()).contains("domains", "website");
        assertThat(new PortalClient(port).get("/tiles/sites/14/9212/5624.mvt", "*/*").body()).contains("name", "Depot");
    }

    private void assertUnchangedByImporting(String file, String format) throws InterruptedException {
        Map<String, Object> before = state();

        SiteImports.confirm(editor, SiteImports.preview(editor, file, format));

        assertThat(state()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT first_added_on::text FROM site WHERE reference = :r").param("r", prefix + "-1")
                .query(String.class).single()).isEqualTo("2017-12-31");
    }

    /** What an import could change: the sites, their history, and when they last changed. */
    private Map<String, Object> state() {
        return jdbc.sql("""
                SELECT count(*) AS sites, max(s.updated_at)::text AS updated, max(s.version) AS version,
                       (SELECT count(*) FROM site_aud a WHERE a.id IN (SELECT id FROM site WHERE reference LIKE :p)) AS history,
                       string_agg(s.name || '|' || coalesce(s.description, '') || '|' || coalesce(s.land_area_ha::text, '')
                                  || '|' || s.ownership || '|' || ST_AsText(s.location), ';' ORDER BY s.reference) AS content
                FROM site s WHERE s.reference LIKE :p""").param("p", prefix + "%").query().singleRow();
    }

    private long siteId(String reference) {
        return jdbc.sql("SELECT id FROM site WHERE reference = :r").param("r", reference).query(Long.class).single();
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
    }
}
