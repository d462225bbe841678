package eu.cinema.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;


/**
 * The portal's own settings ({@code cinema.*}).
 *
 * @param languages the interface languages, the first being the fallback
 * @param login     how many failed sign-ins within the window block further tries from the same address
 * @param metricsToken the bearer token Prometheus presents at /actuator/prometheus; empty closes the endpoint
 * @param pageCache how long and how much of the anonymous public pages each instance keeps
 * @param publicUrl the portal's address as the public reaches it, such as https://cinema.example.org ({@link PublicUrl})
 */
@ConfigurationProperties("cinema")
public record PortalSettings(@DefaultValue({"en", "de", "ro", "sl", "sk", "bg", "sr-Latn"}) List<Locale> languages, @DefaultValue Login login,
        @DefaultValue MapTiles map, @DefaultValue Proposals proposals, String metricsToken,
        @DefaultValue PageCache pageCache, String publicUrl) {

    /**
     * The anonymous page cache ({@code AnonymousPageCache}).
     *
     * @param timeToLive how long a kept page is served before it is rendered again; zero turns the cache off
     * @param maxSize    how much memory the kept pages may take
     * @param pages      the address patterns of the pages that may be kept
     */
    public record PageCache(@DefaultValue("10s") Duration timeToLive, @DefaultValue("32MB") DataSize maxSize,
            @DefaultValue({"/", "/partners", "/partners/*", "/map", "/map/*", "/sites", "/sites/*", "/actors", "/actors/*",
                "/pilots", "/pilots/*", "/plans", "/plans/*", "/plans/*/versions/*", "/recommendations", "/recommendations/*",
                "/toolkit", "/toolkit/*", "/network"}) List<String> pages) {
    }

    /** Anonymous site proposals: how many one address may send per hour. */
    public record Proposals(@DefaultValue("5") int perAddressPerHour) {
    }

    /**
     * The base map. An empty tile URL shows the bundled country outlines only (and keeps tests offline).
     *
     * @param tileUrl     a Leaflet tile URL template, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png
     * @param attribution the credit the tile provider asks for
     * @param geocoderUrl a Nominatim-compatible search address (such as https://nominatim.openstreetmap.org/search) the
     *                    place search asks after the portal's own gazetteer; empty (the default) asks nobody outside
     */
    public record MapTiles(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
            @DefaultValue("© OpenStreetMap contributors") String attribution, @DefaultValue("") String geocoderUrl) {

        /** The origin the browser loads tiles from, for the Content-Security-Policy; empty without tiles. */
        public String tileOrigin() {
            return origin(tileUrl).replace("{s}", "*");
        }

        /** The origin of the external geocoder the place search also asks, for the Content-Security-Policy; empty without one. */
        public String geocoderOrigin() {
            return origin(geocoderUrl);
        }

        private static String origin(String url) {
            java.util.regex.Matcher origin = java.util.regex.Pattern.compile("^(https?://[^/]+)").matcher(url == null ? "" : url);
            return origin.find() ? origin.group(1) : "";
        }
    }

    public record Login(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window) {
    }

    public Locale defaultLanguage() {
        return languages.get(0);
    }
}
