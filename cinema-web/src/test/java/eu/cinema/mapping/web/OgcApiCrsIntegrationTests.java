package eu.cinema.mapping.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.cinema.mapping.CoordinateSystem;
import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * OGC API - Features Part 2, Coordinate Reference Systems by Reference, over real HTTP; the expected coordinates
 * come from PostGIS itself, so what is checked here is the choice of system and the axis order.
 */
@PortalIntegrationTest
class OgcApiCrsIntegrationTests {

    private static final String GEO_JSON = "application/geo+json";
    private static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void conformanceDeclaresPartTwoAndEveryCollectionListsItsSystemsWithCrs84First() {
        JsonNode conformance = getJson("/ogcapi/conformance", JSON);
        JsonNode collections = getJson("/ogcapi/collections", JSON).get("collections");

        assertThat(conformance.get("conformsTo").valueStream().map(JsonNode::asString))
                .contains("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
        for (JsonNode collection : collections) {
            List<String> offered = collection.get("crs").valueStream().map(JsonNode::asString).toList();
            assertThat(offered).as(collection.get("id").asString()).first()
                    .isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
            assertThat(offered).contains("http://www.opengis.net/def/crs/EPSG/0/3035", "http://www.opengis.net/def/crs/EPSG/0/3844",
                    "http://www.opengis.net/def/crs/EPSG/0/5514", "http://www.opengis.net/def/crs/EPSG/0/4026");
            assertThat(collection.get("storageCrs").asString()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        }
    }

    @Test
    void everyOfferedSystemIsKnownToPostgis() {
        List<Integer> srids = Arrays.stream(CoordinateSystem.values()).map(CoordinateSystem::srid).distinct().toList();

        Integer known = jdbc.queryForObject("SELECT count(*) FROM spatial_ref_sys WHERE auth_name = 'EPSG' AND auth_srid = ANY (?)",
                Integer.class, (Object) srids.toArray(Integer[]::new));

        assertThat(known).isEqualTo(srids.size());
    }

    @ParameterizedTest
    @EnumSource(CoordinateSystem.class)
    void aFeatureComesInTheAskedSystemInItsAxisOrderWithTheContentCrsHeader(CoordinateSystem crs) {
        long id = jdbc.queryForObject("SELECT min(id) FROM site WHERE publication = 'PUBLISHED'", Long.class);
        Map<String, Object> expected = jdbc.queryForMap("SELECT ST_X(p) AS x, ST_Y(p) AS y FROM (SELECT ST_Transform(location, ?) AS p "
                + "FROM site WHERE id = ?) t", crs.srid(), id);

        Page page = new PortalClient(port).get("/ogcapi/collections/sites/items/" + id + "?crs=" + crs.uri(), GEO_JSON);
        JsonNode geometry = json.readTree(page.body()).get("geometry");
        JsonNode coordinates = geometry.get("coordinates");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Crs")).isEqualTo("<" + crs.uri() + ">");
        assertThat(geometry.has("crs")).as("RFC 7946 has no crs member; the header names the system").isFalse();
        double easting = (double) expected.get("x");
        double northing = (double) expected.get("y");
        double tolerance = crs.geographic() ? 1e-6 : 0.01;
        assertThat(coordinates.get(0).asDouble()).isCloseTo(crs.northingFirst() ? northing : easting, within(tolerance));
        assertThat(coordinates.get(1).asDouble()).isCloseTo(crs.northingFirst() ? easting : northing, within(tolerance));
    }

    @Test
    void itemsWithoutCrsAreCrs84AndSayItAndTheirPagingLinksKeepTheCrs() {
        Page plain = new PortalClient(port).get("/ogcapi/collections/sites/items?limit=2", GEO_JSON);
        JsonNode inLaea = getJson("/ogcapi/collections/sites/items?limit=2&crs=http://www.opengis.net/def/crs/EPSG/0/3035", GEO_JSON);

        assertThat(plain.header("Content-Crs")).isEqualTo("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>");
        String next = inLaea.get("links").valueStream().filter(l -> l.get("rel").asString().equals("next")).findFirst()
                .orElseThrow().get("href").asString();
        assertThat(next).contains("crs=http%3A%2F%2Fwww.opengis.net%2Fdef%2Fcrs%2FEPSG%2F0%2F3035");
        // LAEA Europe is northing first: about 2.8 million metres north, 5 million east in the Danube region.
        double first = inLaea.get("features").get(0).get("geometry").get("coordinates").get(0).asDouble();
        assertThat(first).isBetween(2_000_000.0, 3_500_000.0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"3844, true", "4326, true", "3857, false", "5514, false"})
    void aBboxInAnotherSystemFindsWhatItsCrs84TwinFinds(int srid, boolean northingFirst) {
        // A box around Reșița (21.8 to 22.0 E, 45.2 to 45.4 N), written in the other system by PostGIS.
        Map<String, Object> box = jdbc.queryForMap("SELECT ST_XMin(b) AS w, ST_YMin(b) AS s, ST_XMax(b) AS e, ST_YMax(b) AS n FROM "
                + "(SELECT ST_Transform(ST_MakeEnvelope(21.8, 45.2, 22.0, 45.4, 4326), ?)::box2d AS b) t", srid);
        double w = (double) box.get("w");
        double s = (double) box.get("s");
        double e = (double) box.get("e");
        double n = (double) box.get("n");
        String bbox = northingFirst ? s + "," + w + "," + n + "," + e : w + "," + s + "," + e + "," + n;
        String uri = srid == 4326 ? "http://www.opengis.net/def/crs/EPSG/0/4326" : "http://www.opengis.net/def/crs/EPSG/0/" + srid;

        JsonNode found = getJson("/ogcapi/collections/sites/items?limit=100&bbox-crs=" + uri + "&bbox=" + bbox, GEO_JSON);
        JsonNode twin = getJson("/ogcapi/collections/sites/items?limit=100&bbox=21.8,45.2,22.0,45.4", GEO_JSON);

        assertThat(found.get("numberMatched").asInt()).isPositive();
        assertThat(ids(found)).containsAll(ids(twin));
        assertThat(found.get("features").valueStream().map(f -> f.get("properties").get("city").asString()).distinct())
                .containsExactly("Reșița");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/ogcapi/collections/sites/items?crs=http://www.opengis.net/def/crs/EPSG/0/9999 | crs",
            "/ogcapi/collections/sites/items?crs=EPSG:3035 | crs",
            "/ogcapi/collections/sites/items/1?crs=urn:ogc:def:crs:EPSG::4326 | crs",
            "/ogcapi/collections/sites/items?bbox=1,2,3,4&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/1 | bbox-crs",
            "/ogcapi/collections/sites/items?bbox=-1e12,-1e12,1e12,1e12&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3857 | bbox",
            "/ogcapi/collections/sites/items?bbox=100,45,10,46&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326 | bbox",
            "/ogcapi/collections/sites/items?bbox=500000,400000,400000,500000&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/3844 | bbox"})
    void anUnknownSystemOrABoxThatDoesNotFitItIsAProblemNamingTheParameter(String path, String parameter) {
        Page page = new PortalClient(port).get(path, GEO_JSON);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json.readTree(page.body()).get("parameter").asString()).isEqualTo(parameter);
    }

    private JsonNode getJson(String path, String accept) {
        Page page = new PortalClient(port).get(path, accept);
        assertThat(page.status()).as(path).isEqualTo(200);
        return json.readTree(page.body());
    }

    private static List<String> ids(JsonNode collection) {
        return collection.get("features").valueStream().map(f -> f.get("id").asString()).toList();
    }
}
