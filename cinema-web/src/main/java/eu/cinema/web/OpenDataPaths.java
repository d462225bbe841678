package eu.cinema.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The addresses of the public open data (layers, OGC API, tiles, feeds, the catalogue): readable from any origin
 * (CORS), and refused with a problem detail rather than a page when a parameter holds a control character.
 */
public final class OpenDataPaths {

    public static final List<String> PATTERNS = List.of("/api/layers/**", "/api/places/**", "/ogcapi", "/ogcapi/**", "/tiles/**",
            "/pilots/feed.atom", "/plans/feed.atom", "/catalog", "/catalog.*");
    private static final List<PathPattern> PARSED = PATTERNS.stream().map(PathPatternParser.defaultInstance::parse).toList();

    private OpenDataPaths() {
    }

    public static boolean matches(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return PARSED.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
