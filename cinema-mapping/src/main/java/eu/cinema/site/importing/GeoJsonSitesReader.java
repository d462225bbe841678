package eu.cinema.site.importing;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import eu.cinema.common.Geometries;
import eu.cinema.site.BrownfieldRegister;
import eu.cinema.site.SiteRules;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads sites from a GeoJSON FeatureCollection (RFC 7946, so WGS 84): points, or polygons whose
 * boundary is kept and whose interior point places them. Properties use the brownfield column names.
 * Feature by feature from a stream, each feature bounded in values, the file in nesting and text length.
 */
final class GeoJsonSitesReader implements SiteFileReader {

    private final ImportLimits limits;
    private final SiteRules rules;
    private final JsonMapper json;

    GeoJsonSitesReader(ImportLimits limits, SiteRules rules) {
        this.limits = limits;
        this.rules = rules;
        this.json = JsonMapper.builder(JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth()).maxStringLength(limits.maxRecordLength())
                .maxNameLength(limits.maxRecordLength()).build()).build())
                // Each feature is read as a tree of its own, with the rest of the file after it.
                .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    @Override
    public void read(InputStream content, String defaultCity, RowSink sink) {
        RowChecks checks = new RowChecks(rules, sink);
        boolean featureCollection = false;
        boolean features = false;
        int row = 0;
        try (JsonParser parser = json.createParser(content)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                checks.problem(0, null, "import.error.featureCollection");
                return;
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(name)) {
                    featureCollection = value == JsonToken.VALUE_STRING && "FeatureCollection".equals(parser.getString());
                } else if ("features".equals(name) && value == JsonToken.START_ARRAY) {
                    features = true;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        row++;
                        if (row > limits.maxRows()) {
                            checks.problem(row, null, "import.error.tooManyRows", limits.maxRows());
                            return;
                        }
                        JsonNode feature = json.readTree(new ValueCountingParser(parser, limits.maxFeatureValues()));
                        feature(row, feature, defaultCity, checks, sink);
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (FeatureTooLargeException tooLarge) {
            checks.problem(row, null, "import.error.featureTooLarge", limits.maxFeatureValues());
            return;
        } catch (StreamConstraintsException overLimit) {
            checks.problem(row, null, "import.error.jsonLimits", limits.maxNestingDepth(), limits.maxRecordLength());
            return;
        } catch (JacksonException notJson) {
            checks.problem(row, null, "import.error.json");
            return;
        }
        if (!featureCollection || !features) {
            checks.problem(0, null, "import.error.featureCollection");
        } else if (row == 0) {
            checks.problem(0, null, "import.error.noRows");
        }
    }

    private static void feature(int row, JsonNode feature, String defaultCity, RowChecks checks, RowSink sink) {
        int before = checks.problems();
        Map<String, JsonNode> properties = new HashMap<>();
        for (Map.Entry<String, JsonNode> property : feature.path("properties").properties()) {
            Optional<String> column = BrownfieldRegister.column(property.getKey());
            if (column.isPresent()) {
                properties.putIfAbsent(column.get(), property.getValue());
            } else {
                sink.ignoredColumn(property.getKey());
            }
        }
        String reference = checks.reference(row, "SiteReference", text(properties, "SiteReference"));
        String name = checks.text(row, "SiteNameAddress", "name", text(properties, "SiteNameAddress"), true);
        Geometry geometry = geometry(row, feature.path("geometry"), checks);
        String city = checks.city(row, BrownfieldRegister.CITY, text(properties, BrownfieldRegister.CITY), defaultCity);
        BigDecimal hectares = hectares(row, properties.getOrDefault("Hectares", MissingNode.getInstance()), checks);
        var ownership = checks.ownership(row, "OwnershipStatus", text(properties, "OwnershipStatus"));
        String description = checks.text(row, "SiteInformation", "description",
                BrownfieldCsvReader.joined(text(properties, "SiteInformation"), text(properties, "Notes")), false);
        LocalDate firstAdded = checks.date(row, "FirstAddedDate", text(properties, "FirstAddedDate"));
        LocalDate lastUpdated = checks.date(row, "LastUpdatedDate", text(properties, "LastUpdatedDate"));
        if (checks.problems() > before) {
            return;
        }
        Point at = geometry instanceof Point point ? point : geometry.getInteriorPoint();
        String boundary = geometry instanceof Point ? null : geometry.toText();
        sink.row(new ImportRow(row, reference, name, city, at.getX(), at.getY(), Geometries.WGS84, boundary, hectares,
                ownership, description, firstAdded, lastUpdated, null));
    }

    private static BigDecimal hectares(int row, JsonNode hectares, RowChecks checks) {
        if (hectares.isMissingNode() || hectares.isNull()) {
            return null;
        }
        if (hectares.isString()) {
            return hectares.asString().isBlank() ? null : BrownfieldCsvReader.hectares(row, hectares.asString().strip(), checks);
        }
        if (!hectares.isNumber()) {
            checks.problem(row, "Hectares", "import.error.number", hectares.toString());
            return null;
        }
        return checks.landArea(row, "Hectares", hectares.decimalValue());
    }

    /** Points, polygons and multipolygons, turned into WKT so that JTS reads and checks them. */
    private static Geometry geometry(int row, JsonNode geometry, RowChecks checks) {
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
            checks.problem(row, "geometry", "import.error.geometry");
            return null;
        }
        try {
            Geometry parsed = new WKTReader(Geometries.factory()).read(wkt);
            if (!parsed.isValid()) {
                checks.problem(row, "geometry", "site.error.boundaryInvalid");
                return null;
            }
            return parsed;
        } catch (ParseException | IllegalArgumentException unreadable) {
            checks.problem(row, "geometry", "import.error.geometry");
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

    private static Stream<JsonNode> stream(JsonNode array) {
        return array.isArray() ? array.valueStream() : Stream.of(JsonMapper.shared().nullNode());
    }

    private static String text(JsonNode node, String property) {
        return text(node.path(property));
    }

    private static String text(Map<String, JsonNode> properties, String column) {
        return text(properties.getOrDefault(column, MissingNode.getInstance()));
    }

    private static String text(JsonNode value) {
        return value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    /** A feature over the limit of values; thrown while its tree is being built, before it is whole. */
    static final class FeatureTooLargeException extends RuntimeException {

        FeatureTooLargeException() {
            super("feature too large", null, false, false);
        }
    }

    /** Counts the tokens one feature's tree is built from, and stops at the limit. */
    private static final class ValueCountingParser extends JsonParserDelegate {

        private final int limit;
        private int tokens;

        ValueCountingParser(JsonParser parser, int limit) {
            super(parser);
            this.limit = limit;
        }

        @Override
        public JsonToken nextToken() {
            if (++tokens > limit) {
                throw new FeatureTooLargeException();
            }
            return super.nextToken();
        }
    }
}
