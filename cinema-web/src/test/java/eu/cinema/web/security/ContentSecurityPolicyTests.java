package eu.cinema.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import eu.cinema.web.PortalSettings;

/** The policy opens exactly the configured tile server for images and the configured geocoder for the place search. */
class ContentSecurityPolicyTests {

    @Test
    void withoutTilesOrGeocoderNothingOutsideThePortalIsAllowed() {
        String policy = SecurityConfiguration.contentSecurityPolicy(settings(new PortalSettings.MapTiles("", "", "")));

        assertThat(policy).contains("img-src 'self' data:;", "connect-src 'self';");
    }

    @Test
    void theConfiguredGeocodersOriginMayBeAskedAndTheTileServersImagesShown() {
        String policy = SecurityConfiguration.contentSecurityPolicy(settings(new PortalSettings.MapTiles(
                "https://{s}.tiles.example.org/{z}/{x}/{y}.png", "©", "https://nominatim.example.org/search?countrycodes=sk")));

        assertThat(policy).contains("img-src 'self' data: https://*.tiles.example.org;",
                "connect-src 'self' https://nominatim.example.org;");
    }

    private static PortalSettings settings(PortalSettings.MapTiles map) {
        return new PortalSettings(List.of(Locale.ENGLISH), new PortalSettings.Login(3, 5, Duration.ofMinutes(15)), map,
                new PortalSettings.Proposals(5), null, null, null);
    }
}
