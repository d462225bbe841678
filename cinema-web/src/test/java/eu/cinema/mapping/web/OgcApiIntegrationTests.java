package eu.cinema.mapping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.cinema.testsupport.web.HtmlChecker;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** OGC API - Features Part 1: Core, requirement by requirement, over real HTTP. */
@PortalIntegrationTest
class OgcApiIntegrationTests {

    static final String JSON = "application/json";
    static final String GEO_JSON = "application/geo+json";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void theLandingPageLinksToTheApiDefinitionConformanceAndData() {
        JsonNode landing = getJson("/ogcapi", JSON);

        assertThat(landing.get("title").asString()).isNotBlank();
        assertThat(rels(landing)).contains("self", "alternate", "service-desc", "service-doc", "conformance", "data");
        assertThat(link(landing, "service-desc").get("type").asString()).isEqualTo("application/vnd.oai.openapi+json;version=3.0");
        assertThat(link(landing, "data").get("href").asString()).isEqualTo("http://localhost:" + port + "/ogcapi/collections");
    }

    @Test
    void conformanceNamesCoreGeoJsonHtmlOpenApiAndCrs() {
        assertThat(getJson("/ogcapi/conformance", JSON).get("conformsTo").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    }

    @Test
    void theApiDefinitionIsOpenApiWithTheServersAddress() {
        Page page = new PortalClient(port).get("/ogcapi/api", "application/vnd.oai.openapi+json;version=3.0");
        JsonNode api = json.readTree(page.body());

        assertThat(page.header("Content-Type")).startsWith("application/vnd.oai.openapi+json;version=3.0");
        assertThat(api.get("openapi").asString()).startsWith("3.0");
        assertThat(api.get("servers").get(0).get("url").asString()).isEqualTo("http://localhost:" + port + "/ogcapi");
        assertThat(api.get("paths").propertyNames()).contains("/collections/{collectionId}/items/{featureId}");
    }

    @Test
    void eachLayerIsACollectionWithItsExtentAndItemsLink() {
        JsonNode collections = getJson("/ogcapi/collections", JSON);

        assertThat(collections.get("collections").valueStream().map(c -> c.get("id").asString()))
                .containsExactly("sites", "retail", "actors");
        JsonNode sites = getJson("/ogcapi/collections/sites", JSON);
        assertThat(sites.get("itemType").asString()).isEqualTo("feature");
        assertThat(sites.get("extent").get("spatial").get("crs").asString())
                .isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        JsonNode bbox = sites.get("extent").get("spatial").get("bbox").get(0);
        assertThat(bbox.get(0).asDouble()).isBetween(8.0, 9.0);
        assertThat(link(sites, "items").get("type").asString()).isEqualTo(GEO_JSON);
    }

    @Test
    void itemsArePagedWithNumbersAndNextLinks() {
        Page page = new PortalClient(port).get("/ogcapi/collections/sites/items?limit=5", GEO_JSON);
        JsonNode items = json.readTree(page.body());

        assertThat(page.header("Content-Type")).startsWith(GEO_JSON);
        assertThat(items.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(items.get("numberReturned").asInt()).isEqualTo(5);
        assertThat(items.get("numberMatched").asInt()).isGreaterThanOrEqualTo(12);
        assertThat(items.get("timeStamp").asString()).isNotBlank();
        String next = link(items, "next").get("href").asString();
        assertThat(next).contains("offset=5", "limit=5");
        JsonNode second = getJson(next.substring(next.indexOf("/ogcapi")), GEO_JSON);
        assertThat(second.get("features").get(0).get("id").asLong())
                .isNotIn(items.get("features").valueStream().map(f -> f.get("id").asLong()).toList());
        assertThat(rels(second)).contains("prev");
    }

    @Test
    void aBboxWithHeightsAndADatetimeIntervalAreAccepted() {
        JsonNode resita = getJson("/ogcapi/collections/sites/items?bbox=21.8,45.2,0,22.0,45.4,1000", GEO_JSON);
        JsonNode recent = getJson("/ogcapi/collections/sites/items?datetime=2020-01-01T00:00:00Z/..", GEO_JSON);
        JsonNode old = getJson("/ogcapi/collections/sites/items?datetime=../2000-01-01T00:00:00Z", GEO_JSON);

        assertThat(resita.get("features").valueStream().map(f -> f.get("properties").get("city").asString()).distinct())
                .containsExactly("Reșița");
        assertThat(recent.get("numberMatched").asInt()).isGreaterThanOrEqualTo(12);
        assertThat(old.get("numberMatched").asInt()).isZero();
    }

    @Test
    void oneFeatureHasItsLinks() {
        JsonNode first = getJson("/ogcapi/collections/actors/items?limit=1", GEO_JSON).get("features").get(0);
        String id = first.get("id").asString();

        JsonNode feature = getJson("/ogcapi/collections/actors/items/" + id, GEO_JSON);

        assertThat(feature.get("type").asString()).isEqualTo("Feature");
        assertThat(feature.get("properties").get("name").asString()).isEqualTo(first.get("properties").get("name").asString());
        assertThat(rels(feature)).contains("self", "alternate", "collection");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/ogcapi/collections/nope, 404", "/ogcapi/collections/sites/items/987654, 404",
            "/ogcapi/collections/sites/items/abc, 404", "/ogcapi/collections/sites/items?unknown=1, 400",
            "/ogcapi/collections/sites/items?limit=0, 400", "/ogcapi/nothing/here, 404", "/ogcapi/collections/nope/, 404",
            "/ogcapi/collections/sites/items?bbox=1;2;3;4, 400", "/ogcapi/collections/sites/items?datetime=yesterday, 400",
            "/ogcapi/collections/sites/items?datetime=2022-01-01T00:00:00Z/2021-01-01T00:00:00Z, 400",
            "/ogcapi/collections?f=xml, 400", "/ogcapi?foo=bar, 400", "/ogcapi/collections/sites/items?datetime=%01, 400"})
    void badRequestsGetProblemDocuments(String path, int status) {
        Page page = new PortalClient(port).get(path, JSON);

        assertThat(page.status()).isEqualTo(status);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ogcapi/", "/ogcapi/conformance/", "/ogcapi/collections/", "/ogcapi/collections/sites/",
            "/ogcapi/collections/sites/items/"})
    void everyResourceAnswersWithATrailingSlashToo(String path) {
        Page page = new PortalClient(port).get(path, JSON);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).doesNotStartWith("application/problem+json");
    }

    @Test
    void aBboxAcrossTheAntimeridianIsAcceptedAndFindsNothingInTheDanubeRegion() {
        JsonNode acrossTheDateLine = getJson("/ogcapi/collections/sites/items?bbox=177,65,-177,70", GEO_JSON);
        JsonNode aroundTheWorldButEurope = getJson("/ogcapi/collections/sites/items?bbox=50,-90,-5,90", GEO_JSON);
        JsonNode europe = getJson("/ogcapi/collections/sites/items?bbox=0,-90,40,90", GEO_JSON);

        assertThat(acrossTheDateLine.get("numberMatched").asInt()).isZero();
        assertThat(aroundTheWorldButEurope.get("numberMatched").asInt()).isZero();
        assertThat(europe.get("numberMatched").asInt()).isPositive();
        assertThat(new PortalClient(port).get("/api/layers/sites?bbox=177,65,-177,70", GEO_JSON).status()).isEqualTo(200);
    }

    @Test
    void pagingLinksEncodeTheirValuesAndALimitAboveTheLargestPageIsCapped() {
        JsonNode page = getJson("/ogcapi/collections/sites/items?limit=1&datetime=2020-01-01T00:00:00%2B01:00/..", GEO_JSON);
        String next = link(page, "next").get("href").asString();

        assertThat(next).contains("datetime=2020-01-01T00%3A00%3A00%2B01%3A00").doesNotContain("+");
        assertThat(new PortalClient(port).get(next.substring(next.indexOf("/ogcapi")), GEO_JSON).status()).isEqualTo(200);
        JsonNode capped = getJson("/ogcapi/collections/sites/items?limit=20000", GEO_JSON);
        assertThat(capped.get("numberReturned").asInt()).isEqualTo(capped.get("numberMatched").asInt());
        assertThat(link(capped, "self").get("href").asString()).contains("limit=10000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ogcapi", "/ogcapi/conformance", "/ogcapi/api", "/ogcapi/collections",
            "/ogcapi/collections/sites", "/ogcapi/collections/actors/items", "/ogcapi/collections/sites/items/1"})
    void everyResourceIsAlsoAValidHtmlPage(String path) {
        Page page = new PortalClient(port).get(path + "?f=html", JSON);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        HtmlChecker.assertValid(path, page.body());
    }

    @Test
    void aBrowserGetsHtmlWithoutAskingForIt() {
        Page page = new PortalClient(port).get("/ogcapi/collections",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        assertThat(page.header("Content-Type")).startsWith("text/html");
    }

    @Test
    void vectorTilesComeFromPostgisWithCachingHeaders() {
        Page tile = new PortalClient(port).get("/tiles/sites/0/0/0.mvt", "application/vnd.mapbox-vector-tile");
        Page empty = new PortalClient(port).get("/tiles/sites/10/0/0.mvt", "application/vnd.mapbox-vector-tile");

        assertThat(tile.status()).isEqualTo(200);
        assertThat(tile.header("Content-Type")).isEqualTo("application/vnd.mapbox-vector-tile");
        assertThat(tile.header("Cache-Control")).contains("max-age=60", "public");
        // A tile is a protocol buffer: the layer's name, property names and values are in it as UTF-8.
        assertThat(tile.body()).contains("sites", "id", "count", "kind", "status");
        assertThat(empty.body()).isEmpty();
        assertThat(new PortalClient(port).get("/tiles/sites/3/9/1.mvt", JSON).status()).isEqualTo(400);
        assertThat(new PortalClient(port).get("/tiles/nope/1/1/1.mvt", JSON).status()).isEqualTo(404);
    }

    /** The retail layer (pilots and plan actions, from their features' views) is tiled like the others. */
    @Test
    void theRetailLayerIsServedAsVectorTilesToo() {
        Page world = new PortalClient(port).get("/tiles/retail/0/0/0.mvt", "application/vnd.mapbox-vector-tile");
        Page empty = new PortalClient(port).get("/tiles/retail/10/0/0.mvt", "application/vnd.mapbox-vector-tile");

        assertThat(world.status()).isEqualTo(200);
        assertThat(world.body()).contains("retail", "id", "count", "kind", "pilot-");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).isEmpty();
    }

    private JsonNode getJson(String path, String accept) {
        Page page = new PortalClient(port).get(path, accept);
        assertThat(page.status()).as(path).isEqualTo(200);
        return json.readTree(page.body());
    }

    private static List<String> rels(JsonNode resource) {
        return resource.get("links").valueStream().map(l -> l.get("rel").asString()).toList();
    }

    private static JsonNode link(JsonNode resource, String rel) {
        return resource.get("links").valueStream().filter(l -> l.get("rel").asString().equals(rel)).findFirst().orElseThrow();
    }
}
