package eu.cinema.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.PostgisDataJpaTest;

/**
 * The pilot feature's queries on PostGIS: the dashboard's counts as typed rows, and the view through which the map
 * reads located pilots (the mapping feature never reads the pilot table itself).
 */
@PostgisDataJpaTest
class PilotRepositoryTests {

    @Autowired
    PilotRepository pilots;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoPilotsInKosiceAndOneInSombor() {
        long kosice = city("Košice");
        long sombor = city("Sombor");
        pilot("Creative Center", "CI_SUPPORT_CENTRE", "COMPLETED", kosice, 21.25, 48.71);
        pilot("Shop windows", "CROSS_SECTORAL_COLLABORATION", "RUNNING", kosice, 21.26, 48.72);
        pilot("Support centre", "CI_SUPPORT_CENTRE", "PLANNED", sombor, 19.11, 45.77);
    }

    @Test
    void countsPilotsByKindAndStatusAndByCountryAndStatus() {
        assertThat(pilots.countByKindAndStatus()).extracting(PilotRepository.KindStatusCount::kind,
                PilotRepository.KindStatusCount::status, PilotRepository.KindStatusCount::count).containsExactlyInAnyOrder(
                        tuple(PilotKind.CI_SUPPORT_CENTRE, PilotStatus.COMPLETED, 1L),
                        tuple(PilotKind.CI_SUPPORT_CENTRE, PilotStatus.PLANNED, 1L),
                        tuple(PilotKind.CROSS_SECTORAL_COLLABORATION, PilotStatus.RUNNING, 1L));
        assertThat(pilots.countByCountryAndStatus()).extracting(PilotRepository.CountryStatusCount::countryCode,
                PilotRepository.CountryStatusCount::status, PilotRepository.CountryStatusCount::count).containsExactlyInAnyOrder(
                        tuple("SK", PilotStatus.COMPLETED, 1L), tuple("SK", PilotStatus.RUNNING, 1L),
                        tuple("RS", PilotStatus.PLANNED, 1L));
    }

    @Test
    void everyPilotIsOnTheMapAtItsLocationWithItsPage() {
        Map<String, Object> shown = jdbc.sql("SELECT id, name, kind, city_name, country_code, ST_X(location) AS lon, path "
                + "FROM pilot_on_map WHERE name = 'Creative Center'").query().singleRow();
        long id = jdbc.sql("SELECT id FROM pilot WHERE title = 'Creative Center'").query(Long.class).single();

        assertThat(shown).containsEntry("id", "pilot-" + id).containsEntry("kind", "CI_SUPPORT_CENTRE")
                .containsEntry("city_name", "Košice").containsEntry("country_code", "SK").containsEntry("lon", 21.25)
                .containsEntry("path", "/pilots/" + id);
        assertThat(jdbc.sql("SELECT count(*) FROM pilot_on_map").query(Long.class).single()).isEqualTo(3);
    }

    private long city(String name) {
        return jdbc.sql("SELECT id FROM city WHERE name_en = :name OR name = :name").param("name", name).query(Long.class).single();
    }

    private void pilot(String title, String kind, String status, long city, double lon, double lat) {
        jdbc.sql("INSERT INTO pilot (title, kind, owner_partner_id, city_id, location, theme, starts_on, ends_on, status) "
                + "VALUES (:title, :kind, (SELECT min(id) FROM partner), :city, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), "
                + "'CREATIVE_INDUSTRIES', DATE '2021-01-01', DATE '2022-12-31', :status)")
                .param("title", title).param("kind", kind).param("city", city).param("lon", lon).param("lat", lat)
                .param("status", status).update();
    }
}
