package eu.cinema.web.i18n;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import eu.cinema.web.PortalSettings;

/**
 * The interface language: {@code ?lang=xx} switches and a cookie remembers it; without a choice the
 * browser's Accept-Language picks among the supported languages; otherwise the first of them.
 * URLs stay the same in every language.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfiguration implements WebMvcConfigurer {

    public static final String PARAMETER = "lang";
    public static final String COOKIE = "cinema-lang";

    private final SupportedLanguages languages;
    private final DateInput dateInput = new DateInput();

    LanguageConfiguration(PortalSettings settings) {
        this.languages = new SupportedLanguages(settings.languages());
    }

    /** The same formatter for the templates, as {@code @dateInput}: a date field's value and its example. */
    @Bean
    DateInput dateInput() {
        return dateInput;
    }

    /** Dates in forms and addresses as the interface language writes them, or in ISO form ({@link DateInput}). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, dateInput);
    }

    @Bean
    SupportedLanguages supportedLanguages() {
        return languages;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return languages.closest(super.resolveLocale(request));
            }
        };
        resolver.setDefaultLocaleFunction(languages::preferredBy);
        resolver.setCookieSameSite("Lax");
        resolver.setCookieHttpOnly(true);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * {@code ?lang=} on a page's address switches the language. Only on GET: a form's field of that name (the language
     * of a text being written) must not switch the writer's interface; and a value that names no supported language
     * (or is no language tag at all) changes nothing.
     */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String wanted = HttpMethod.GET.matches(request.getMethod()) ? request.getParameter(PARAMETER) : null;
                LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
                if (wanted != null && resolver != null && languages.supports(wanted)) {
                    resolver.setLocale(request, response, languages.closest(Locale.forLanguageTag(wanted.replace('_', '-'))));
                }
                return true;
            }
        });
    }
}
