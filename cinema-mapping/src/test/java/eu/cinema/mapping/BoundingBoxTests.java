package eu.cinema.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bbox parameter of the map, the layer API and the OGC API: west, south, east, north in WGS 84. */
class BoundingBoxTests {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "21.2,48.6,21.3,48.8; 21.2; 48.6; 21.3; 48.8",
        " 21.2 , 48.6 ,21.3, 48.8 ; 21.2; 48.6; 21.3; 48.8",
        "-180,-90,180,90; -180; -90; 180; 90",
        "5,5,5,5; 5; 5; 5; 5",
        "177,65,-177,70; 177; 65; -177; 70"})
    void readsFourNumbersWestSouthEastNorth(String text, double west, double south, double east, double north) {
        assertThat(BoundingBox.parse(text)).isEqualTo(new BoundingBox(west, south, east, north));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1,2,3", "1,2,3,4,5", "a,2,3,4", "1,,3,4", "NaN,2,3,4", "1,2,Infinity,4", "0x10,2,3,4;"})
    void refusesWhatIsNotFourFiniteNumbers(String text) {
        assertThatThrownBy(() -> BoundingBox.parse(text)).isInstanceOfSatisfying(InvalidQueryException.class,
                refused -> assertThat(refused.getMessageKey()).isEqualTo("mapping.error.bboxFormat"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-181,0,0,1", "0,-91,1,0", "0,0,181,1", "0,0,1,90.5"})
    void refusesBoxesOffTheGlobe(String text) {
        assertThatThrownBy(() -> BoundingBox.parse(text)).isInstanceOfSatisfying(InvalidQueryException.class,
                refused -> assertThat(refused.getMessageKey()).isEqualTo("mapping.error.bboxRange"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0,10,1,5", "10,10,5,5"})
    void refusesBoxesWhoseSouthIsNorthOfTheirNorth(String text) {
        assertThatThrownBy(() -> BoundingBox.parse(text)).isInstanceOfSatisfying(InvalidQueryException.class,
                refused -> assertThat(refused.getMessageKey()).isEqualTo("mapping.error.bboxInverted"));
    }
}
