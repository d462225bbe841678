package eu.cinema.site.importing;

import java.math.BigDecimal;
import java.time.LocalDate;

import eu.cinema.common.Geometries;
import eu.cinema.site.Ownership;
import eu.cinema.site.SiteBulkWriter;

/**
 * One site as read from a file, before its coordinates are transformed to WGS 84.
 *
 * @param srid        the EPSG code of the coordinates as given
 * @param firstAdded  the publisher's FirstAddedDate, or null
 * @param lastUpdated the publisher's LastUpdatedDate, or null
 * @param countryCode the country the site lies in, once the import's checks have settled it
 */
public record ImportRow(int row, String reference, String name, String cityName, double x, double y, int srid,
        String boundaryWkt, BigDecimal landAreaHa, Ownership ownership, String description, LocalDate firstAdded,
        LocalDate lastUpdated, String countryCode) {

    /** The same row with its position in WGS 84. */
    ImportRow inWgs84(double longitude, double latitude) {
        return new ImportRow(row, reference, name, cityName, longitude, latitude, Geometries.WGS84, boundaryWkt, landAreaHa,
                ownership, description, firstAdded, lastUpdated, countryCode);
    }

    /** The same row in a settled country. */
    ImportRow inCountry(String code) {
        return new ImportRow(row, reference, name, cityName, x, y, srid, boundaryWkt, landAreaHa, ownership, description,
                firstAdded, lastUpdated, code);
    }

    /** The row for the bulk writer, once its coordinates are in WGS 84 (x the longitude, y the latitude). */
    SiteBulkWriter.BulkSite toBulkSite() {
        return new SiteBulkWriter.BulkSite(reference, name, cityName, countryCode, x, y, boundaryWkt, landAreaHa, ownership,
                description, firstAdded, lastUpdated);
    }
}
