package eu.cinema.region.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gazetteer behind the place search: any spelling, any script, countries by name in each language; bad queries explained. */
@PortalIntegrationTest
class PlaceSearchIntegrationTests {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"kosice", "Košice", "KOŠICE", "Кошице", "  kosi "})
    void aCityIsFoundWithOrWithoutDiacriticsAndInEitherScript(String query) {
        JsonNode places = places(query, "en");

        assertThat(places.size()).isEqualTo(1);
        assertThat(places.get(0).path("name").asString()).isEqualTo("Košice");
        assertThat(places.get(0).path("country").asString()).isEqualTo("Slovakia");
        assertThat(places.get(0).path("latitude").asDouble()).isBetween(48.6, 48.8);
    }

    @Test
    void aCyrillicNameCarriesItsLatinFormInLatinInterfacesAndTheOtherWayRoundInBulgarian() {
        assertThat(places("gabr", "en").get(0).path("name").asString()).isEqualTo("Gabrovo (Габрово)");
        assertThat(places("Габр", "bg").get(0).path("name").asString()).isEqualTo("Габрово");
        assertThat(places("nov", "sr-Latn").get(0).path("name").asString()).isEqualTo("Novi Sad");
        assertThat(places("Košice", "bg").get(0).path("name").asString()).isEqualTo("Кошице (Košice)");
    }

    @Test
    void aCountryIsFoundByItsNameInAnyOfThePortalsLanguagesWithItsBounds() {
        JsonNode inGerman = places("Slowa", "de");
        JsonNode inSlovak = places("sloven", "sk");

        assertThat(inGerman.get(0).path("kind").asString()).isEqualTo("country");
        assertThat(inGerman.get(0).path("name").asString()).isEqualTo("Slowakei");
        JsonNode bounds = inGerman.get(0).path("bounds");
        assertThat(bounds.get(0).asDouble()).isBetween(16.5, 17.2);
        assertThat(bounds.get(3).asDouble()).isBetween(49.4, 49.7);
        assertThat(inSlovak.valueStream().map(place -> place.path("countryCode").asString())).contains("SK", "SI");
    }

    @Test
    void emptyOverlongAndControlCharacterQueriesAreProblemsWithAClearMessage() {
        PortalClient client = new PortalClient(port);

        Page empty = client.get("/api/places?q=%20", "application/json");
        Page overlong = client.get("/api/places?q=" + "x".repeat(101), "application/json");
        Page control = client.get("/api/places?q=a%01b", "application/json");
        Page nothing = client.get("/api/places?q=" + URLEncoder.encode("Atlantis", StandardCharsets.UTF_8), "application/json");

        assertThat(empty.status()).isEqualTo(400);
        assertThat(json(empty).path("detail").asString()).isEqualTo("Type the name of a town or a country.");
        assertThat(overlong.status()).isEqualTo(400);
        assertThat(json(overlong).path("detail").asString()).isEqualTo("A place name has at most 100 characters.");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.header("Content-Type")).startsWith("application/problem+json");
        assertThat(nothing.status()).isEqualTo(200);
        assertThat(json(nothing).size()).isZero();
    }

    @Test
    void everyCityIsAvailableAsGeoJsonForMapsWithoutBaseTiles() {
        JsonNode cities = json(new PortalClient(port).get("/api/places/cities?lang=en", "application/geo+json"));

        assertThat(cities.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(cities.path("features").valueStream().map(city -> city.path("properties").path("name").asString()))
                .contains("Košice", "Gabrovo (Габрово)", "Reșița");
    }

    private JsonNode places(String query, String language) {
        return json(new PortalClient(port).get("/api/places?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/json",
                Map.of("Accept-Language", language)));
    }

    private static JsonNode json(Page page) {
        return JsonMapper.shared().readTree(page.body());
    }
}
