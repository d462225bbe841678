package eu.cinema.mapping.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** The map page's lists: a page of each layer at a time, and every feature reachable by paging, without the map. */
@PortalIntegrationTest
class MapPageIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void publishMoreSitesThanOneListShows() {
        jdbc.sql("""
                INSERT INTO site (reference, name, address, city_name, country_code, location, kind, ownership, status,
                                  publication, owner_partner_id, source)
                SELECT 'PAGING-' || g, 'Paging site ' || lpad(g::text, 3, '0'), 'Street ' || g, c.name, c.country_code,
                       c.location, 'COMMERCIAL_UNIT', 'PUBLIC', 'VACANT', 'PUBLISHED',
                       (SELECT min(id) FROM partner WHERE country_code = 'SI'), 'test'
                FROM city c CROSS JOIN generate_series(1, 60) AS g
                WHERE c.name_en = 'Kamnik'
                """).update();
    }

    @AfterEach
    void removeThem() {
        jdbc.sql("DELETE FROM site WHERE reference LIKE 'PAGING-%'").update();
    }

    @Test
    void eachListShowsAPageAndLinksToTheNextUntilEveryFeatureWasListed() {
        int published = jdbc.sql("SELECT count(*) FROM site WHERE publication = 'PUBLISHED'").query(Integer.class).single();
        PortalClient visitor = new PortalClient(port);

        Page first = visitor.get("/map?layer=sites");
        List<String> listed = names(first);
        String next = pagerLink(first, "next");
        int pages = 1;
        while (next != null) {
            Page page = visitor.get(next);
            assertThat(pagerLink(page, "prev")).isNotNull();
            listed.addAll(names(page));
            next = pagerLink(page, "next");
            pages++;
        }

        assertThat(names(first)).hasSize(MapController.LIST_SIZE);
        assertThat(first.text("#list-sites ~ p.muted")).contains("1–50", String.valueOf(published));
        assertThat(pagerLink(first, "prev")).isNull();
        assertThat(new PortalClient(port).get(pagerLink(first, "next")).document().select("#list-sites ~ ol").attr("start")).isEqualTo("51");
        assertThat(listed).hasSize(published).doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((published + MapController.LIST_SIZE - 1) / MapController.LIST_SIZE);
    }

    @Test
    void theNextPageKeepsTheFilters() {
        Page first = new PortalClient(port).get("/map?layer=sites&country=SI&kind=COMMERCIAL_UNIT");

        assertThat(pagerLink(first, "next")).contains("country=SI", "kind=COMMERCIAL_UNIT", "layer=sites", "offset=50");
        assertThat(names(new PortalClient(port).get(pagerLink(first, "next")))).allMatch(name -> name.startsWith("Paging site"));
    }

    private static List<String> names(Page page) {
        return page.document().select("#list-sites").parents().first().select(".feature-items li > a").eachText();
    }

    private static String pagerLink(Page page, String rel) {
        Element link = page.document().selectFirst(".pager a[rel=" + rel + "]");
        return link == null ? null : link.attr("href");
    }
}
