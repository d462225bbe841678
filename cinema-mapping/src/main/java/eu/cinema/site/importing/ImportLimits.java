package eu.cinema.site.importing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one import file may hold ({@code cinema.import.*}; docs/operations.md, "Limits"). Each is checked
 * while the file is read, before anything grows with it, and named in the message the editor sees.
 *
 * @param maxFileSize         the uploaded file
 * @param maxRows             rows of a CSV file, features of a GeoJSON file
 * @param maxColumns          columns of a CSV file
 * @param maxRecordLength     characters of one CSV row, the header included, and of one JSON text
 * @param maxNestingDepth     nested JSON arrays and objects
 * @param maxFeatureValues    JSON values in one feature: its coordinates and properties
 * @param uploadsKeptFor      how long an uploaded file waits for its import to be confirmed
 */
@ConfigurationProperties("cinema.import")
public record ImportLimits(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("200000") int maxRows,
        @DefaultValue("200") int maxColumns, @DefaultValue("65536") int maxRecordLength,
        @DefaultValue("32") int maxNestingDepth, @DefaultValue("200000") int maxFeatureValues,
        @DefaultValue("24h") Duration uploadsKeptFor) {
}
