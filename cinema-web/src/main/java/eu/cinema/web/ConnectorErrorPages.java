package eu.cinema.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import eu.cinema.web.i18n.SupportedLanguages;

/**
 * The portal's own page, in the visitor's language, for the errors Tomcat answers itself before any of the
 * portal's code runs: a malformed address, headers or a form post beyond Tomcat's limits, an upload it stops
 * reading. The pages are rendered from {@code error/connector.html}, once for each language the first time one is
 * needed, and chosen as every page's language is (the language cookie, Accept-Language); Tomcat's bare report with
 * its version is never shown.
 */
@Component
class ConnectorErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final List<Integer> STATUSES = List.of(400, 404, 413, 414, 500, 503);

    private final ObjectProvider<ITemplateEngine> templates;
    private final SupportedLanguages languages;
    private final ObjectProvider<LocaleResolver> locales;

    ConnectorErrorPages(ObjectProvider<ITemplateEngine> templates, SupportedLanguages languages,
            ObjectProvider<LocaleResolver> locales) {
        this.templates = templates;
        this.languages = languages;
        this.locales = locales;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> ((Host) context.getParent()).getPipeline().addValve(new Valve()));
    }

    /** The message key of the page for a status, as the portal's own error pages use them. */
    static String key(int status) {
        return switch (status) {
            case 404 -> "notFound";
            case 413 -> "tooLarge";
            case 503 -> "unavailable";
            default -> status >= 500 ? "server" : "badRequest";
        };
    }

    private String render(int status, Locale language) {
        Context context = new Context(language);
        context.setVariable("status", status);
        context.setVariable("key", key(status));
        return templates.getObject().process("error/connector", context);
    }

    /** Found by Tomcat in the host's pipeline, so it takes the place of the default report valve. */
    private final class Valve extends ErrorReportValve {

        private volatile Map<String, String> pages;

        Valve() {
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            int shown = STATUSES.contains(status) ? status : status >= 500 ? 500 : 400;
            Locale language = locales.getObject().resolveLocale(request);
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page(shown, language));
                    writer.flush();
                }
            } catch (IOException | IllegalStateException unwritable) {
                // The client has gone, or the response cannot take a body; the status is what it gets.
            }
        }

        private String page(int status, Locale language) {
            Map<String, String> rendered = pages;
            if (rendered == null) {
                rendered = new HashMap<>();
                for (Locale each : languages.all()) {
                    for (int code : STATUSES) {
                        rendered.put(code + "|" + each.toLanguageTag(), render(code, each));
                    }
                }
                pages = Map.copyOf(rendered);
            }
            return rendered.getOrDefault(status + "|" + language.toLanguageTag(),
                    rendered.get(status + "|" + languages.all().get(0).toLanguageTag()));
        }
    }
}
