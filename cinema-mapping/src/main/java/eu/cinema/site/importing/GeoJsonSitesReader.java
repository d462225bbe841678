package eu.cinema.site.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import eu.cinema.common.Geometries;
import eu.cinema.site.Ownership;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads sites from a GeoJSON FeatureCollection (RFC 7946, so WGS 84): points, or polygons whose
 * boundary is kept and whose interior point places them. Properties use the brownfield column names.
 */
final class GeoJsonSitesReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonSitesReader() {
    }

    static BrownfieldCsvReader.ParsedFile read(byte[] content, String defaultCity) {
        List<ImportProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException notJson) {
            problems.add(ImportProblem.of(0, null, "import.error.json"));
            return new BrownfieldCsvReader.ParsedFile(List.of(), problems, List.of());
        }
        if (root == null || !"FeatureCollection".equals(text(root, "type")) || !root.path("features").isArray()) {
            problems.add(ImportProblem.of(0, null, "import.error.featureCollection"));
            return new BrownfieldCsvReader.ParsedFile(List.of(), problems, List.of());
        }
        List<ImportRow> rows = new ArrayList<>();
        Set<String> references = new HashSet<>();
        Set<String> ignored = new HashSet<>();
        int row = 0;
        for (JsonNode feature : root.get("features")) {
            row++;
            int before = problems.size();
            JsonNode properties = feature.path("properties");
            properties.propertyNames().stream()
                    .filter(name -> !BrownfieldCsvReader.STANDARD_COLUMNS.contains(name) && !name.equals(BrownfieldCsvReader.CITY))
                    .forEach(ignored::add);
            String reference = text(properties, "SiteReference");
            String name = text(properties, "SiteNameAddress");
            if (reference == null) {
                problems.add(ImportProblem.of(row, "SiteReference", "import.error.required", "SiteReference"));
            } else if (!references.add(reference)) {
                problems.add(ImportProblem.of(row, "SiteReference", "import.error.duplicateReference", reference));
            }
            if (name == null) {
                problems.add(ImportProblem.of(row, "SiteNameAddress", "import.error.required", "SiteNameAddress"));
            }
            Geometry geometry = geometry(row, feature.path("geometry"), problems);
            String city = text(properties, BrownfieldCsvReader.CITY) != null ? text(properties, BrownfieldCsvReader.CITY) : defaultCity;
            if (city == null || city.isBlank()) {
                problems.add(ImportProblem.of(row, BrownfieldCsvReader.CITY, "import.error.city"));
            }
            BigDecimal hectares = properties.path("Hectares").isNumber() ? properties.get("Hectares").decimalValue() : null;
            Ownership ownership = BrownfieldCsvReader.ownership(row, text(properties, "OwnershipStatus"), problems);
            if (problems.size() > before) {
                continue;
            }
            Point at = geometry instanceof Point point ? point : geometry.getInteriorPoint();
            String boundary = geometry instanceof Point ? null : geometry.toText();
            rows.add(new ImportRow(row, reference, name, city, at.getX(), at.getY(), Geometries.WGS84, boundary, hectares,
                    ownership, text(properties, "SiteInformation")));
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.of(0, null, "import.error.noRows"));
        }
        return new BrownfieldCsvReader.ParsedFile(rows, problems, ignored.stream().sorted().toList());
    }

    /** Points, polygons and multipolygons, turned into WKT so that JTS reads and checks them. */
    private static Geometry geometry(int row, JsonNode geometry, List<ImportProblem> problems) {
        String type = text(geometry, "type");
        JsonNode coordinates = geometry.path("coordinates");
        String wkt = switch (type == null ? "" : type) {
            case "Point" -> "POINT " + position(coordinates);
            case "Polygon" -> "POLYGON " + rings(coordinates);
            case "MultiPolygon" -> "MULTIPOLYGON (" + stream(coordinates).map(GeoJsonSitesReader::rings)
                    .collect(Collectors.joining(", ")) + ")";
            default -> null;
        };
        if (wkt == null || wkt.contains("null")) {
            problems.add(ImportProblem.of(row, "geometry", "import.error.geometry"));
            return null;
        }
        try {
            Geometry parsed = new WKTReader(Geometries.factory()).read(wkt);
            if (!parsed.isValid()) {
                problems.add(ImportProblem.of(row, "geometry", "site.error.boundaryInvalid"));
                return null;
            }
            return parsed;
        } catch (ParseException | IllegalArgumentException unreadable) {
            problems.add(ImportProblem.of(row, "geometry", "import.error.geometry"));
            return null;
        }
    }

    private static String rings(JsonNode polygon) {
        return "(" + stream(polygon).map(ring -> "(" + stream(ring).map(GeoJsonSitesReader::pair)
                .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining(", ")) + ")";
    }

    private static String position(JsonNode position) {
        return "(" + pair(position) + ")";
    }

    private static String pair(JsonNode position) {
        return position.isArray() && position.size() >= 2 && position.get(0).isNumber() && position.get(1).isNumber()
                ? position.get(0).asDouble() + " " + position.get(1).asDouble() : "null";
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return array.isArray() ? array.valueStream() : java.util.stream.Stream.of(JSON.nullNode());
    }

    private static String text(JsonNode node, String property) {
        JsonNode value = node.path(property);
        return value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }
}
