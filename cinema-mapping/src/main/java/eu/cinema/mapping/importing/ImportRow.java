package eu.cinema.mapping.importing;

import java.math.BigDecimal;

import eu.cinema.site.Ownership;

/**
 * One site as read from a file, before its coordinates are transformed to WGS 84.
 *
 * @param srid the EPSG code of the coordinates as given
 */
public record ImportRow(int row, String reference, String name, String cityName, double x, double y, int srid,
        String boundaryWkt, BigDecimal landAreaHa, Ownership ownership, String description) {
}
