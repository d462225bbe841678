package eu.cinema.common;

import org.locationtech.jts.geom.Point;

/**
 * A position in WGS 84 as GeoJSON (RFC 7946), WKT and PostGIS write it: longitude first, then latitude, in degrees.
 * The portal's one type for a place given by two numbers, so that nobody has to remember an order.
 */
public record Position(double longitude, double latitude) {

    public static Position of(Point point) {
        return new Position(point.getX(), point.getY());
    }

    /** Whether both are finite numbers within WGS 84's range. */
    public boolean isValid() {
        return Double.isFinite(longitude) && Double.isFinite(latitude) && Math.abs(longitude) <= 180 && Math.abs(latitude) <= 90;
    }
}
