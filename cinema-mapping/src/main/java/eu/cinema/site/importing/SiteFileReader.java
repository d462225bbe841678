package eu.cinema.site.importing;

import java.io.InputStream;

import eu.cinema.site.SiteRules;

/** Reads sites from a file as a stream, so that memory holds one row at a time, whatever the file's size. */
interface SiteFileReader {

    void read(InputStream content, String defaultCity, RowSink sink);

    static SiteFileReader of(ImportFormat format, ImportLimits limits, SiteRules rules) {
        return format == ImportFormat.GEOJSON ? new GeoJsonSitesReader(limits, rules) : new BrownfieldCsvReader(limits, rules);
    }
}
