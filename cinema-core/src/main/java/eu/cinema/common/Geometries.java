package eu.cinema.common;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/** Every geometry of the portal is WGS 84 (SRID 4326), longitude first. */
public final class Geometries {

    public static final int WGS84 = 4326;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

    private Geometries() {
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
        if (!Double.isFinite(longitude) || !Double.isFinite(latitude)
                || Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
            throw new IllegalArgumentException("Not a WGS 84 position: " + longitude + ", " + latitude);
        }
        return FACTORY.createPoint(new Coordinate(longitude, latitude));
    }
}
