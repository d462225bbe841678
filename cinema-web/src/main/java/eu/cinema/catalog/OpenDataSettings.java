package eu.cinema.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the catalogue says about the open data beyond the data itself ({@code cinema.open-data.*}).
 *
 * @param licence      the licence of every dataset, as a URI; CC BY 4.0 unless configured
 * @param contactName  who answers questions about the data
 * @param contactEmail their address; by default the project's, as the project description gives it
 */
@ConfigurationProperties("cinema.open-data")
public record OpenDataSettings(@DefaultValue("https://creativecommons.org/licenses/by/4.0/") String licence,
        @DefaultValue("CINEMA project office, Municipality of Reșița") String contactName,
        @DefaultValue("proiecte@primariaresita.ro") String contactEmail) {
}
