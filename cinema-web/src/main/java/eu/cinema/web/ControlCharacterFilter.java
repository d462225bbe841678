package eu.cinema.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400, on the portal's error page, every request whose parameters (query, form, the fields of a
 * multipart form) hold a control character other than tab, line feed and carriage return: NUL, which PostgreSQL
 * cannot store in text, and the rest, which nobody types. One place, ahead of everything that reads input (the
 * sign-in included), so that no feature meets them. Uploaded files are content, checked by their readers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (holdsControlCharacters(request)) {
            request.setAttribute(ErrorHandling.REFUSAL, new DefaultMessageSourceResolvable("error.controlCharacters"));
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean holdsControlCharacters(HttpServletRequest request) {
        for (var parameter : request.getParameterMap().entrySet()) {
            if (CONTROL.matcher(parameter.getKey()).find()) {
                return true;
            }
            for (String value : parameter.getValue()) {
                if (value != null && CONTROL.matcher(value).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
