package eu.cinema.mapping.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalIntegrationTest;

/** The map page's legend, its filters for the layers they apply to, the proposal button by the map, names as people read them. */
@PortalIntegrationTest
class MapControlsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theLegendNamesEachShownLayerWithItsSymbol() {
        Document map = new PortalClient(port).get("/map?lang=en&layer=sites&layer=actors").document();

        assertThat(map.select(".map-legend li").eachText()).containsExactly("Empty and under-used floor space", "Creative industries");
        assertThat(map.select(".map-legend .legend-symbol").eachAttr("class"))
                .containsExactly("legend-symbol legend-sites", "legend-symbol legend-actors");
        assertThat(map.select(".map-layout a[href='/sites/propose']")).as("the proposal button by the map").hasSize(1);
    }

    @Test
    void filtersAppearOnlyForTheLayersTheyApplyTo() {
        PortalClient visitor = new PortalClient(port);
        Document retail = visitor.get("/map?layer=retail").document();
        Document sites = visitor.get("/map?layer=sites").document();
        Document all = visitor.get("/map").document();

        assertThat(retail.select("#kind, #status, #domain")).isEmpty();
        assertThat(sites.select("#status")).hasSize(1);
        assertThat(sites.select("#domain")).isEmpty();
        assertThat(sites.select("#kind optgroup").eachAttr("label")).containsExactly("Empty and under-used floor space");
        assertThat(all.select("#kind, #status, #domain")).hasSize(3);
    }

    @Test
    void listsNameCountriesAndGiveCyrillicTownsTheirLatinForm() {
        PortalClient visitor = new PortalClient(port);
        String sitesInEnglish = visitor.get("/map?lang=en&layer=sites").text(".feature-items");
        String retailInEnglish = visitor.get("/map?lang=en&layer=retail").text(".feature-items");
        String sitesInBulgarian = visitor.get("/map?lang=bg&layer=sites").text(".feature-items");

        assertThat(sitesInEnglish).contains("Gabrovo, Bulgaria", "Košice, Slovakia").doesNotContain(", BG", ", SK");
        assertThat(retailInEnglish).as("a town the reference data names in Cyrillic").contains("Gabrovo (Габрово), Bulgaria");
        assertThat(sitesInBulgarian).contains("Габрово (Gabrovo), България", "Кошице (Košice), Словакия");
    }
}
