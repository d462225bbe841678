package eu.cinema.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The portal's address for every absolute link it writes (feed ids and links, OGC API links, hreflang
 * alternates): the configured {@code cinema.public-url} ({@code CINEMA_PUBLIC_URL}), never the request's Host or
 * forwarded headers, which a client chooses, and which would change an Atom entry's id that must never change.
 * Without one configured, {@code http://localhost:PORT}, which suits a developer's machine; a warning says so.
 */
@Component
public class PublicUrl {

    private static final Logger log = LoggerFactory.getLogger(PublicUrl.class);

    private final String configured;
    private volatile String base;

    PublicUrl(PortalSettings settings) {
        String url = settings.publicUrl();
        this.configured = url == null || url.isBlank() ? null : url.strip().replaceAll("/+$", "");
        this.base = configured;
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent started) {
        if (configured == null) {
            base = "http://localhost:" + started.getWebServer().getPort();
            log.warn("No public address configured (CINEMA_PUBLIC_URL); absolute links point to {}", base);
        }
    }

    /** The base address, without a trailing slash. */
    public String base() {
        return base;
    }

    /** The absolute address of a path that starts with a slash. */
    public String of(String path) {
        return base + path;
    }
}
