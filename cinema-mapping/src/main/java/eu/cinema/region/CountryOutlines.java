package eu.cinema.region;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import eu.cinema.common.Geometries;

/**
 * The outlines of the Danube region's countries (the map's base layer, Natural Earth 1:50m, also served at
 * {@code /data/danube-countries.geojson}), to tell in which of them a point lies. Coarse at borders, so "in the
 * country" allows a margin; a country outside the region has no outline, and nothing can be said about it.
 */
@Component
public class CountryOutlines {

    /** About 15 km in degrees of latitude: what a 1:50m outline may be off at a border. */
    static final double MARGIN_DEGREES = 0.135;
    private static final String RESOURCE = "static/data/danube-countries.geojson";

    private final List<Outline> outlines;

    public CountryOutlines() {
        this.outlines = read();
    }

    private record Outline(String code, String name, Geometry shape, PreparedGeometry prepared) {
    }

    /** The code of the country whose outline holds the point (longitude, latitude), if any. */
    public Optional<String> countryAt(double longitude, double latitude) {
        Point point = Geometries.point(longitude, latitude);
        return outlines.stream().filter(outline -> outline.prepared().covers(point)).map(Outline::code).findFirst();
    }

    /** The country's name as the outlines call it, for one that has no ISO code of its own (Kosovo). */
    public Optional<String> name(String code) {
        return outlines.stream().filter(outline -> outline.code().equals(code)).map(Outline::name).findFirst();
    }

    /** The bounding box of the country's outline as west, south, east, north, for a map to fit it into view. */
    public Optional<double[]> bounds(String code) {
        return outlines.stream().filter(outline -> outline.code().equals(code)).findFirst().map(outline -> {
            Envelope box = outline.shape().getEnvelopeInternal();
            return new double[] {box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()};
        });
    }

    /** The codes of the countries with an outline. */
    public List<String> codes() {
        return outlines.stream().map(Outline::code).toList();
    }

    public boolean hasOutline(String code) {
        return outlines.stream().anyMatch(outline -> outline.code().equals(code));
    }

    /** Whether the point lies in the country or within the margin of its outline; false for a country without one. */
    public boolean inOrNear(String code, double longitude, double latitude) {
        Point point = Geometries.point(longitude, latitude);
        return outlines.stream().filter(outline -> outline.code().equals(code))
                .anyMatch(outline -> outline.prepared().covers(point) || outline.shape().isWithinDistance(point, MARGIN_DEGREES));
    }

    private static List<Outline> read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            List<Outline> read = new ArrayList<>();
            for (JsonNode feature : JsonMapper.shared().readTree(in).path("features")) {
                Geometry shape = shape(feature.path("geometry"));
                read.add(new Outline(feature.path("properties").path("code").asString(),
                        feature.path("properties").path("name").asString(), shape, PreparedGeometryFactory.prepare(shape)));
            }
            return List.copyOf(read);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A GeoJSON Polygon or MultiPolygon as JTS geometry. */
    private static Geometry shape(JsonNode geometry) {
        GeometryFactory factory = Geometries.factory();
        JsonNode coordinates = geometry.path("coordinates");
        if ("Polygon".equals(geometry.path("type").asString())) {
            return polygon(factory, coordinates);
        }
        List<Polygon> parts = new ArrayList<>();
        coordinates.forEach(part -> parts.add(polygon(factory, part)));
        return factory.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    private static Polygon polygon(GeometryFactory factory, JsonNode rings) {
        List<LinearRing> read = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<Coordinate> points = new ArrayList<>();
            ring.forEach(position -> points.add(new Coordinate(position.get(0).asDouble(), position.get(1).asDouble())));
            read.add(factory.createLinearRing(points.toArray(Coordinate[]::new)));
        }
        return factory.createPolygon(read.get(0), read.subList(1, read.size()).toArray(LinearRing[]::new));
    }
}
