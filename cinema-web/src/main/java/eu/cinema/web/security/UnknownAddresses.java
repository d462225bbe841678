package eu.cinema.web.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches the addresses that no page of the portal answers, with any method. A visitor who is not signed in and asks
 * for one gets the 404 page, as a signed-in person does, instead of being sent to sign in for a page that does not
 * exist; access to them is still refused (they are not opened), so nothing behind them becomes public.
 */
final class UnknownAddresses implements RequestMatcher {

    private final RequestMappingHandlerMapping pages;

    UnknownAddresses(RequestMappingHandlerMapping pages) {
        this.pages = pages;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        // The security filters run before the dispatcher has parsed the path the controllers' mappings need.
        Object parsed = request.getAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return pages.getHandler(request) == null;
        } catch (Exception answeredOtherwise) {
            // A known address asked for with another method or media type: the page exists.
            return false;
        } finally {
            if (parsed == null) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            } else {
                request.setAttribute(ServletRequestPathUtils.PATH_ATTRIBUTE, parsed);
            }
        }
    }
}
