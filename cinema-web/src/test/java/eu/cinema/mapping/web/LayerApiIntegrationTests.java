package eu.cinema.mapping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** The layer API over real HTTP against the demo data in PostGIS. */
@PortalIntegrationTest
class LayerApiIntegrationTests {

    static final String GEO_JSON = "application/geo+json";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void aLayerIsAGeoJsonFeatureCollectionInNameOrder() {
        Page page = new PortalClient(port).get("/api/layers/sites?limit=5", GEO_JSON);
        JsonNode collection = json.readTree(page.body());

        assertThat(page.header("Content-Type")).startsWith("application/geo+json");
        assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(collection.get("numberReturned").asInt()).isEqualTo(5);
        assertThat(collection.get("numberMatched").asInt()).isGreaterThanOrEqualTo(12);
        JsonNode first = collection.get("features").get(0);
        assertThat(first.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(first.get("properties").get("name").asString()).isEqualTo("44er Haus");
        List<String> names = collection.get("features").valueStream()
                .map(f -> f.get("properties").get("name").asString()).toList();
        assertThat(names).isSorted();
    }

    @Test
    void aBoundingBoxSelectsWhatLiesInsideIt() {
        JsonNode resita = json.readTree(new PortalClient(port).get("/api/layers/sites?bbox=21.8,45.2,22.0,45.4", GEO_JSON).body());

        assertThat(resita.get("features").valueStream().map(f -> f.get("properties").get("city").asString()).distinct())
                .containsExactly("Reșița");
    }

    @Test
    void filtersAndPagingAreApplied() {
        JsonNode support = json.readTree(new PortalClient(port).get("/api/layers/actors?kind=CI_SUPPORT_CENTRE", GEO_JSON).body());
        JsonNode design = json.readTree(new PortalClient(port).get("/api/layers/actors?domain=DESIGN&country=SK", GEO_JSON).body());
        JsonNode second = json.readTree(new PortalClient(port).get("/api/layers/sites?limit=1&offset=1", GEO_JSON).body());

        assertThat(support.get("numberMatched").asInt()).isEqualTo(3);
        assertThat(design.get("features").valueStream().map(f -> f.get("properties").get("name").asString()))
                .containsExactly("Creative Center Košice", "Creative Industry Košice");
        assertThat(second.get("features").get(0).get("properties").get("name").asString())
                .isEqualTo("Building for the CI support centre");
    }

    @Test
    void theCsvExportHasTheSameSelectionAndNeutralisesFormulas() throws Exception {
        Page page = new PortalClient(port).get("/api/layers/sites.csv?country=RO", "text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(page.body())).getRecords();

        assertThat(page.header("Content-Disposition")).contains("attachment", "cinema-sites.csv");
        assertThat(rows).extracting(r -> r.get("name"))
                .containsExactly("Former department store on Bulevardul Republicii", "Hala Minda");
        assertThat(rows.get(1).get("latitude")).startsWith("45.29");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/layers/sites?bbox=20,50,30,10|400|bbox",
            "/api/layers/sites?bbox=-200,-10,20,50|400|bbox",
            "/api/layers/sites?bbox=NaN,1,2,3|400|bbox",
            "/api/layers/sites?bbox=1,2,3|400|bbox",
            "/api/layers/sites?bbox=-180,-90,180,91|400|bbox",
            "/api/layers/sites?limit=0|400|limit",
            "/api/layers/sites?limit=-5|400|limit",
            "/api/layers/sites?limit=99999999|400|limit",
            "/api/layers/sites?limit=abc|400|limit",
            "/api/layers/sites?offset=-1|400|offset",
            "/api/layers/sites?city=a%00b|400|city",
            "/api/layers/sites.csv?kind=%07|400|kind",
            "/api/layers/unknown|404|",
            "/api/layers/sites?country=%27%3B%20DROP%20TABLE%20site%3B--|200|",
            "/api/layers/sites?city=%3Cscript%3Ealert(1)%3C%2Fscript%3E|200|"})
    void badInputGetsAProblemDocumentNeverAServerError(String path, int status, String parameter) {
        Page page = new PortalClient(port).get(path, GEO_JSON);

        assertThat(page.status()).isEqualTo(status);
        if (status >= 400) {
            JsonNode problem = json.readTree(page.body());
            assertThat(page.header("Content-Type")).startsWith("application/problem+json");
            assertThat(problem.get("status").asInt()).isEqualTo(status);
            assertThat(problem.get("detail").asString()).isNotBlank();
            if (parameter != null) {
                assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
            }
        } else {
            assertThat(json.readTree(page.body()).get("numberMatched").asInt()).isZero();
        }
    }
}
