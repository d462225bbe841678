package eu.cinema.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import eu.cinema.web.i18n.LanguageConfiguration;
import eu.cinema.web.i18n.SupportedLanguages;

/** What the layout needs on every page, error pages included. */
@ControllerAdvice
class LayoutAttributes {

    /** Names that share this many first letters look alike. */
    private static final int ALIKE_PREFIX = 5;

    private final SupportedLanguages languages;
    private final PortalSettings settings;
    private final PublicUrl publicUrl;

    LayoutAttributes(SupportedLanguages languages, PortalSettings settings, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.languages = languages;
        this.settings = settings;
    }

    /** The base map for every page that shows a map. */
    @ModelAttribute("tiles")
    PortalSettings.MapTiles tiles() {
        return settings.map();
    }

    /** The language switcher: each language with the current page's address in that language. */
    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(HttpServletRequest request, Locale current) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
        String query = errorUri != null ? null : request.getQueryString();
        String origin = publicUrl.base();
        List<String> names = languages.all().stream().map(LayoutAttributes::nativeName).toList();
        return languages.all().stream()
                .map(locale -> {
                    String href = UriComponentsBuilder.fromPath(path).query(query)
                            .replaceQueryParam(LanguageConfiguration.PARAMETER, locale.toLanguageTag())
                            .build().toUriString();
                    String name = nativeName(locale);
                    // Slovenščina and Slovenčina look alike: such names carry their code.
                    boolean alike = names.stream().filter(other -> other.regionMatches(true, 0, name, 0, ALIKE_PREFIX)).count() > 1;
                    return new LanguageLink(locale.toLanguageTag(), name, alike ? name + " (" + locale.getLanguage() + ")" : name,
                            href, origin + href, locale.getLanguage().equals(current.getLanguage()));
                })
                .toList();
    }

    private static String nativeName(Locale locale) {
        return StringUtils.capitalize(locale.getDisplayLanguage(locale));
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return errorUri != null ? errorUri.toString() : request.getRequestURI();
    }

    /**
     * {@code code} is a BCP 47 tag (sr-Latn for Serbian in Latin script); {@code label} is the native name, with the
     * code where another language's name looks alike; {@code absoluteHref} serves hreflang alternates.
     */
    record LanguageLink(String code, String nativeName, String label, String href, String absoluteHref, boolean current) {

        /** The language alone ({@code sr} for sr-Latn), as content records it. */
        public String language() {
            return Locale.forLanguageTag(code).getLanguage();
        }
    }
}
