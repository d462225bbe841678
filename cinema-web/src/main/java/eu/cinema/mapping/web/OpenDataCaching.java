package eu.cinema.mapping.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

import eu.cinema.mapping.LayerService;
import eu.cinema.mapping.MapLayer;

/**
 * HTTP caching for the open data (RFC 9111): a weak ETag and Last-Modified from the layers' last change, so that a
 * client or a reverse proxy holding the answer gets 304 Not Modified before any feature is queried, and
 * {@code Cache-Control: public} with a short lifetime, so that a proxy or CDN can carry a crowd (docs/operations.md).
 * The ETag is weak because an answer may carry the time it was made (the OGC API's timeStamp) while saying the same.
 */
@Component
class OpenDataCaching {

    static final Duration LIFETIME = Duration.ofMinutes(1);

    private final LayerService layers;

    OpenDataCaching(LayerService layers) {
        this.layers = layers;
    }

    /**
     * Sets the validators and the caching headers, and answers 304 when the client's copy is current. Two
     * representations of one address (JSON or HTML by the Accept header, titles in another language) never share
     * an ETag, and the Vary header tells caches what they depend on.
     *
     * @param mediaType the representation's media type
     * @param language  the language of its texts, or null when it has none (the language then changes nothing)
     * @return whether the answer is complete (304): the caller then writes nothing
     */
    boolean notModified(ServletWebRequest request, List<MapLayer> sources, String mediaType, Locale language) {
        return notModified(request, layers.lastChange(sources), mediaType, language);
    }

    /** As above, for a caller that needs the data's last change itself too (the tiles key their cache by it). */
    boolean notModified(ServletWebRequest request, Instant changed, String mediaType, Locale language) {
        String representation = language == null ? mediaType : mediaType + ";" + language.toLanguageTag();
        String etag = "W/\"" + Long.toHexString(changed.toEpochMilli()) + "-" + Integer.toHexString(representation.hashCode()) + "\"";
        HttpServletResponse response = request.getResponse();
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(LIFETIME).cachePublic().getHeaderValue());
        // The language comes from Accept-Language or from the language cookie (LanguageConfiguration).
        response.addHeader(HttpHeaders.VARY, language == null ? HttpHeaders.ACCEPT
                : String.join(", ", HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE));
        return request.checkNotModified(etag, changed.toEpochMilli());
    }
}
