package eu.cinema.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

class GeometriesTests {

    @Test
    void writesPolygonsWithTheirHolesAsGeoJson() throws Exception {
        var polygon = new WKTReader(Geometries.factory()).read(
                "MULTIPOLYGON (((21 45, 22 45, 22 46, 21 46, 21 45), (21.2 45.2, 21.4 45.2, 21.4 45.4, 21.2 45.2)))");

        assertThat(Geometries.toGeoJson(polygon)).isEqualTo("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[21.0,45.0],"
                + "[22.0,45.0],[22.0,46.0],[21.0,46.0],[21.0,45.0]],[[21.2,45.2],[21.4,45.2],[21.4,45.4],[21.2,45.2]]]]}");
        assertThat(Geometries.toGeoJson(Geometries.point(21.8869, 45.3008)))
                .isEqualTo("{\"type\":\"Point\",\"coordinates\":[21.8869,45.3008]}");
    }

    @Test
    void refusesPositionsOffTheGlobe() {
        assertThatThrownBy(() -> Geometries.location(181, 45, "longitude")).isInstanceOf(InvalidLocationException.class);
        assertThatThrownBy(() -> Geometries.location(Double.NaN, 45, "longitude")).isInstanceOf(InvalidLocationException.class);
    }
}
