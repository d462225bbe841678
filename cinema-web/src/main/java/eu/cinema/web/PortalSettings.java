package eu.cinema.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal's own settings ({@code cinema.*}).
 *
 * @param languages the interface languages, the first being the fallback
 * @param login     how many failed sign-ins within the window block further tries from the same address
 */
@ConfigurationProperties("cinema")
public record PortalSettings(@DefaultValue({"en", "ro"}) List<Locale> languages, @DefaultValue Login login) {

    public record Login(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window) {
    }

    public Locale defaultLanguage() {
        return languages.get(0);
    }
}
