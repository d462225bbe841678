package eu.cinema.common;

import java.util.StringJoiner;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** Every geometry of the portal is WGS 84 (SRID 4326), longitude first. */
public final class Geometries {

    public static final int WGS84 = 4326;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

    private Geometries() {
    }

    /**
     * A point, polygon or multipolygon as a GeoJSON geometry (RFC 7946). Only numbers are written,
     * so the result is safe to put into a page's data attribute.
     */
    public static String toGeoJson(Geometry geometry) {
        if (geometry instanceof Point point) {
            return "{\"type\":\"Point\",\"coordinates\":" + position(point.getCoordinate()) + "}";
        }
        if (geometry instanceof Polygon polygon) {
            return "{\"type\":\"Polygon\",\"coordinates\":" + rings(polygon) + "}";
        }
        if (geometry instanceof MultiPolygon multiPolygon) {
            StringJoiner polygons = new StringJoiner(",", "[", "]");
            for (int i = 0; i < multiPolygon.getNumGeometries(); i++) {
                polygons.add(rings((Polygon) multiPolygon.getGeometryN(i)));
            }
            return "{\"type\":\"MultiPolygon\",\"coordinates\":" + polygons + "}";
        }
        throw new IllegalArgumentException("Not a point or polygon: " + geometry.getGeometryType());
    }

    private static String rings(Polygon polygon) {
        StringJoiner rings = new StringJoiner(",", "[", "]");
        rings.add(ring(polygon.getExteriorRing()));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            rings.add(ring(polygon.getInteriorRingN(i)));
        }
        return rings.toString();
    }

    private static String ring(LineString ring) {
        StringJoiner positions = new StringJoiner(",", "[", "]");
        for (Coordinate coordinate : ring.getCoordinates()) {
            positions.add(position(coordinate));
        }
        return positions.toString();
    }

    private static String position(Coordinate coordinate) {
        return "[" + coordinate.getX() + "," + coordinate.getY() + "]";
    }

    public static GeometryFactory factory() {
        return FACTORY;
    }

    /** As {@link #point}, refusing bad coordinates as a domain error on {@code field}. */
    public static Point location(double longitude, double latitude, String field) {
        try {
            return point(longitude, latitude);
        } catch (IllegalArgumentException outOfRange) {
            throw new InvalidLocationException(field);
        }
    }

    public static Point point(double longitude, double latitude) {
        if (!new Position(longitude, latitude).isValid()) {
            throw new IllegalArgumentException("Not a WGS 84 position: " + longitude + ", " + latitude);
        }
        return FACTORY.createPoint(new Coordinate(longitude, latitude));
    }
}
