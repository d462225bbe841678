package eu.cinema.mapping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/**
 * HTTP caching of the open data: validators from the data's last change (the feeds': their content and newest entry),
 * 304 for a current copy, public caching.
 */
@PortalIntegrationTest
class OpenDataCachingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/api/layers/sites", "/api/layers/actors.csv", "/ogcapi/collections/sites/items?limit=3",
            "/ogcapi/collections/retail", "/ogcapi/collections", "/tiles/sites/0/0/0.mvt", "/plans/feed.atom",
            "/pilots/feed.atom"})
    void aCurrentCopyIsNotSentAgainByETagOrByDate(String path) {
        Page first = new PortalClient(port).get(path, "*/*");
        String etag = first.header("ETag");

        Page byTag = new PortalClient(port).get(path, "*/*", Map.of("If-None-Match", etag));
        Page byDate = new PortalClient(port).get(path, "*/*", Map.of("If-Modified-Since", first.header("Last-Modified")));

        assertThat(first.status()).isEqualTo(200);
        assertThat(etag).startsWith("W/\"");
        assertThat(first.header("Cache-Control")).contains("public", "max-age=60");
        assertThat(byTag.status()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byDate.status()).isEqualTo(304);
        assertThat(new PortalClient(port).get(path, "*/*", Map.of("If-None-Match", "W/\"0-0\"")).status()).isEqualTo(200);
    }

    @Test
    void aChangeToALayerGivesItsAnswersANewETagAndLeavesTheOtherLayersAlone() {
        String sitesBefore = etag("/api/layers/sites");
        String actorsBefore = etag("/api/layers/actors");
        String tileBefore = etag("/tiles/sites/0/0/0.mvt");

        // Any statement on the table counts, even one that changes no value: the triggers cannot know better.
        jdbc.update("UPDATE site SET updated_at = updated_at WHERE id = (SELECT min(id) FROM site)");

        assertThat(etag("/api/layers/sites")).isNotEqualTo(sitesBefore);
        assertThat(etag("/tiles/sites/0/0/0.mvt")).isNotEqualTo(tileBefore);
        assertThat(etag("/api/layers/actors")).isEqualTo(actorsBefore);
    }

    @Test
    void aDeletedOrUnpublishedFeatureCountsAsAChange() {
        String before = etag("/ogcapi/collections/actors/items");
        Long id = jdbc.queryForObject("INSERT INTO creative_actor (name, kind, city_name, country_code, location) "
                + "SELECT 'Caching test studio', kind, city_name, country_code, location FROM creative_actor ORDER BY id LIMIT 1 "
                + "RETURNING id", Long.class);
        String added = etag("/ogcapi/collections/actors/items");
        jdbc.update("DELETE FROM creative_actor WHERE id = ?", id);

        assertThat(added).isNotEqualTo(before);
        assertThat(etag("/ogcapi/collections/actors/items")).isNotEqualTo(added);
    }

    @Test
    void theTitlesLanguageAndTheFormatAreOtherRepresentationsWithOtherETags() {
        Page english = new PortalClient(port).get("/ogcapi/collections", "application/json", Map.of("Accept-Language", "en"));
        Page german = new PortalClient(port).get("/ogcapi/collections", "application/json", Map.of("Accept-Language", "de"));
        Page html = new PortalClient(port).get("/ogcapi/collections", "text/html");

        assertThat(english.header("ETag")).isNotEqualTo(german.header("ETag"));
        assertThat(english.header("Vary")).containsIgnoringCase("Accept-Language");
        // A page shows who is signed in, so it is never kept for the public.
        assertThat(html.header("ETag")).isNull();
        assertThat(html.header("Cache-Control")).doesNotContain("public");
    }

    private String etag(String path) {
        Page page = new PortalClient(port).get(path, "*/*");
        assertThat(page.status()).as(path).isEqualTo(200);
        return page.header("ETag");
    }
}
