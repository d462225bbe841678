package eu.cinema.site.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

/** GeoJSON feature collections with the brownfield standard's property names, points or (multi)polygons. */
class GeoJsonSitesReaderTests {

    @Test
    void aPointSiteKeepsItsPositionAndAPolygonSiteIsPlacedInsideItsBoundary() {
        ReadFile file = read("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [25.32, 42.87]},
                   "properties": {"SiteReference": "GB-1", "SiteNameAddress": "Tannery", "Hectares": 0.8, "Colour": "red"}},
                  {"type": "Feature", "geometry": {"type": "Polygon",
                     "coordinates": [[[25.0, 42.0], [25.2, 42.0], [25.2, 42.2], [25.0, 42.2], [25.0, 42.0]]]},
                   "properties": {"SiteReference": "GB-2", "SiteNameAddress": "Yard", "City": "Gabrovo"}}]}""");

        assertThat(file.problems()).isEmpty();
        assertThat(file.ignoredColumns()).containsExactly("Colour");
        assertThat(file.rows()).extracting(ImportRow::reference, ImportRow::x, ImportRow::y, ImportRow::boundaryWkt)
                .containsExactly(tuple("GB-1", 25.32, 42.87, null),
                        tuple("GB-2", 25.1, 42.1, "POLYGON ((25 42, 25.2 42, 25.2 42.2, 25 42.2, 25 42))"));
        assertThat(file.rows()).extracting(ImportRow::cityName).containsExactly("Габрово", "Gabrovo");
    }

    @Test
    void everyFaultyFeatureIsNamedByItsPosition() {
        ReadFile file = read("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]},
                   "properties": {"SiteReference": "A", "SiteNameAddress": "Road"}},
                  {"type": "Feature", "geometry": {"type": "Polygon",
                     "coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]},
                   "properties": {"SiteReference": "B", "SiteNameAddress": "Bow tie"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [0, 0]},
                   "properties": {"SiteReference": "A"}}]}""");

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey).containsExactly(
                tuple(1, "geometry", "import.error.geometry"),
                tuple(2, "geometry", "site.error.boundaryInvalid"),
                tuple(3, "SiteReference", "import.error.duplicateReference"),
                tuple(3, "SiteNameAddress", "import.error.required"));
    }

    @Test
    void anythingButAFeatureCollectionIsRefusedAsAWhole() {
        assertThat(read("{").problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.json");
        assertThat(read("{\"type\": \"Feature\"}").problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.error.featureCollection");
        assertThat(read("{\"type\": \"FeatureCollection\", \"features\": []}").problems()).extracting(ImportProblem::messageKey)
                .containsExactly("import.error.noRows");
    }

    @Test
    void valuesTheTableCannotHoldAreRefusedAsInACsvFile() {
        ReadFile file = read("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [25.32, 42.87]},
                   "properties": {"SiteReference": "GB-1", "SiteNameAddress": "%s"}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [25.32, 42.87]},
                   "properties": {"SiteReference": "GB-2", "SiteNameAddress": "Yard", "Hectares": -5}},
                  {"type": "Feature", "geometry": {"type": "Point", "coordinates": [25.32, 42.87]},
                   "properties": {"SiteReference": "GB-3", "SiteNameAddress": "Yard", "Hectares": "five"}}]}""".formatted("N".repeat(400)));

        assertThat(file.rows()).isEmpty();
        assertThat(file.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey).containsExactly(
                tuple(1, "SiteNameAddress", "import.error.tooLong"),
                tuple(2, "Hectares", "import.error.negative"),
                tuple(3, "Hectares", "import.error.number"));
    }

    @Test
    void nestingTextLengthAndTheSizeOfAFeatureAreBounded() {
        assertThat(read("{\"type\": \"FeatureCollection\", \"features\": [" + "[".repeat(100) + "]".repeat(100) + "]}")
                .problems()).extracting(ImportProblem::messageKey).containsExactly("import.error.jsonLimits");
        assertThat(read("{\"type\": \"FeatureCollection\", \"features\": [{\"properties\": {\"Notes\": \""
                + "x".repeat(70_000) + "\"}}]}").problems())
                .extracting(ImportProblem::row, ImportProblem::messageKey).containsExactly(tuple(1, "import.error.jsonLimits"));
        String hugeRing = "[" + "[25.0, 42.0], ".repeat(60_000) + "[25.0, 42.0]]";
        ReadFile huge = read("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [%s]},
                   "properties": {"SiteReference": "GB-1", "SiteNameAddress": "Huge"}}]}""".formatted(hugeRing));
        assertThat(huge.problems()).extracting(ImportProblem::row, ImportProblem::messageKey, ImportProblem::arguments)
                .containsExactly(tuple(1, "import.error.featureTooLarge", List.of(200_000)));
    }

    private static ReadFile read(String json) {
        return ReadFile.read(ImportFormat.GEOJSON, json, "Габрово");
    }
}
