package eu.cinema.web.i18n;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The interface languages, and how a requested or remembered language maps onto them. */
public final class SupportedLanguages {

    private final List<Locale> locales;

    SupportedLanguages(List<Locale> locales) {
        if (locales.isEmpty()) {
            throw new IllegalArgumentException("cinema.languages needs at least one language");
        }
        this.locales = List.copyOf(locales);
    }

    public List<Locale> all() {
        return locales;
    }

    boolean supports(String languageTag) {
        String language = Locale.forLanguageTag(languageTag.replace('_', '-')).getLanguage();
        return locales.stream().anyMatch(locale -> locale.getLanguage().equals(language));
    }

    /** The supported language matching {@code locale}'s language, else the default. */
    Locale closest(Locale locale) {
        return locales.stream()
                .filter(candidate -> locale != null && candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(locales.get(0));
    }

    /** The first supported language in the browser's Accept-Language order, else the default. */
    Locale preferredBy(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> wanted = request.getLocales();
            while (wanted.hasMoreElements()) {
                Locale locale = wanted.nextElement();
                if (supports(locale.toLanguageTag())) {
                    return closest(locale);
                }
            }
        }
        return locales.get(0);
    }
}
