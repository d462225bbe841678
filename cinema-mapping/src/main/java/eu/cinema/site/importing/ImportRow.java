package eu.cinema.site.importing;

import java.math.BigDecimal;

import eu.cinema.site.Ownership;
import eu.cinema.site.SiteBulkWriter;

/**
 * One site as read from a file, before its coordinates are transformed to WGS 84.
 *
 * @param srid the EPSG code of the coordinates as given
 */
public record ImportRow(int row, String reference, String name, String cityName, double x, double y, int srid,
        String boundaryWkt, BigDecimal landAreaHa, Ownership ownership, String description) {

    /** The row for the bulk writer, once its coordinates are in WGS 84 (x the longitude, y the latitude). */
    SiteBulkWriter.BulkSite toBulkSite() {
        return new SiteBulkWriter.BulkSite(reference, name, cityName, x, y, boundaryWkt, landAreaHa, ownership, description);
    }
}
