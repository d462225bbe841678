package eu.cinema.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.web.PortalClient;
import eu.cinema.testsupport.web.PortalClient.Page;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.testsupport.web.SiteImports;

/**
 * An import file whose sites would land somewhere else than it says: the wrong coordinate system, easting and
 * northing swapped, a town far away. Each is a problem in the preview, with where the site would land and what was
 * probably meant; nothing is saved. And a file whose sites take their country from where they are.
 */
@PortalIntegrationTest
class ImportPlausibilityIntegrationTests {

    private static final String HEADER = "SiteReference,SiteNameAddress,CoordinateReferenceSystem,GeoX,GeoY,City\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBritishRegisterReadInStereo70LandsInBulgariaAndSaysSo() {
        String csv = HEADER + "UK1,1 The Pier Head,EPSG:3844,530050,180380,London\n";

        List<String> problems = problems(SiteImports.preview(editor(), csv, "BROWNFIELD_CSV", "GB", "London"));

        assertThat(problems).singleElement().asString().startsWith("1 GeoX")
                .contains("43.1227 N, 25.3676 E (Bulgaria), outside United Kingdom.");
    }

    @Test
    void swappedAxesAreNamedAsWhatWasProbablyMeant() {
        // Timișoara in Stereo 70 is 205239 east, 479135 north; the file gives them the other way round.
        String csv = HEADER + "RO1,Mill,EPSG:3844,479134.9,205238.9,Timișoara\n";

        List<String> problems = problems(SiteImports.preview(editor(), csv, "BROWNFIELD_CSV", "RO", "Timișoara"));

        assertThat(problems).singleElement().asString().contains("outside Romania",
                "With easting and northing swapped it lands in Romania: they are probably swapped.");
    }

    @Test
    void anotherSystemTheFileNamesIsProposedWhenItPutsTheSiteInTheCountry() {
        String csv = HEADER + "SK1,Tannery,EPSG:5514,-262642.9,-1239634.9,Košice\n"
                + "SK2,Foundry,EPSG:3844,-262700.0,-1239700.0,Košice\n";

        List<String> problems = problems(SiteImports.preview(editor(), csv, "BROWNFIELD_CSV", "SK", "Košice"));

        assertThat(problems).singleElement().asString().startsWith("2 GeoX").contains("outside Slovakia",
                "Read in EPSG:5514 it lands in Slovakia: that is probably the coordinate system meant.");
    }

    @Test
    void degreesAreNeverProposedAsMetresOrTheOtherWayRound() {
        // A Slovak site in degrees, uploaded as Romanian: read as metres of some Romanian-area system it would land
        // in Romania, but nobody writes degrees in a projection.
        String csv = HEADER + "SK4,Barn,WGS84,20.30,48.70,Košice\n";

        List<String> problems = problems(SiteImports.preview(editor(), csv, "BROWNFIELD_CSV", "RO", "Reșița"));

        assertThat(problems).singleElement().asString().endsWith("48.7000 N, 20.3000 E (Slovakia), outside Romania.");
    }

    @Test
    void aSiteFarFromTheTownItNamesIsAProblem() {
        // In Slovakia, but 71 km west of Košice (written without its accent, as registers often do).
        String csv = HEADER + "SK3,Barn,WGS84,20.30,48.70,Kosice\n";

        List<String> problems = problems(SiteImports.preview(editor(), csv, "BROWNFIELD_CSV", "SK", "Košice"));

        assertThat(problems).singleElement().asString().contains("This site lands 71 km from Kosice, more than 50 km away");
    }

    @Test
    void eachSiteMayTakeItsCountryFromItsPosition() throws InterruptedException {
        String prefix = "POS" + System.nanoTime();
        String csv = HEADER + prefix + "-1,Hall,WGS84,21.2611,48.7164,Košice\n" + prefix + "-2,Shed,WGS84,14.2858,48.3069,Linz\n";
        PortalClient editor = editor();

        SiteImports.confirm(editor, SiteImports.preview(editor, csv, "BROWNFIELD_CSV", "*", ""));

        assertThat(jdbc.sql("SELECT country_code FROM site WHERE reference LIKE :p ORDER BY reference").param("p", prefix + "%")
                .query(String.class).list()).containsExactly("SK", "AT");
        assertThat(problems(SiteImports.preview(editor, HEADER + "X1,Boat,WGS84,-30.0,40.0,Azores\n", "BROWNFIELD_CSV", "*", "")))
                .singleElement().asString().contains("in no country the portal has an outline for");
    }

    @Test
    void everyCountryCanBeChosenByItsNameInTheReadersLanguage() {
        Page form = editor().get("/sites/import?lang=de");

        assertThat(form.document().select("#countryCode option").eachText()).contains("Vereinigtes Königreich", "Japan", "Slowakei");
        assertThat(form.document().select("#countryCode option").size()).isGreaterThan(240);
    }

    private static List<String> problems(Page preview) {
        assertThat(preview.document().select("form[action='/sites/import/confirm']")).as("nothing can be imported").isEmpty();
        return preview.document().select("table:has(caption:contains(Problems)) tbody tr").eachText();
    }

    private PortalClient editor() {
        PortalClient editor = new PortalClient(port);
        editor.signIn("partner@cinema.demo", PortalClient.DEMO_PASSWORD);
        return editor;
    }
}
