package eu.cinema.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses with 400, on the portal's error page, every request whose parameters (query, form, the fields of a
 * multipart form) hold a control character other than tab, line feed and carriage return: NUL, which PostgreSQL
 * cannot store in text, and the rest, which nobody types. One place, ahead of everything that reads input (the
 * sign-in included), so that no feature meets them. Uploaded files are content, checked by their readers. The open
 * data's clients get a problem detail instead of the page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private final MessageSource messages;
    private final JsonMapper json;

    ControlCharacterFilter(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> parameter = parameterWithControlCharacters(request);
        if (parameter.isPresent()) {
            if (OpenDataPaths.matches(request)) {
                refuseAsProblem(request, response, parameter.get());
                return;
            }
            request.setAttribute(ErrorHandling.REFUSAL, new DefaultMessageSourceResolvable("error.controlCharacters"));
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The open data's clients read problem details (RFC 9457), as every other refusal of theirs. */
    private void refuseAsProblem(HttpServletRequest request, HttpServletResponse response, String parameter) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.controlCharacters", null, request.getLocale()));
        problem.setProperty("parameter", parameter);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** The first parameter whose name or a value holds a control character. */
    private static Optional<String> parameterWithControlCharacters(HttpServletRequest request) {
        for (var parameter : request.getParameterMap().entrySet()) {
            if (CONTROL.matcher(parameter.getKey()).find()) {
                return Optional.of(parameter.getKey());
            }
            for (String value : parameter.getValue()) {
                if (value != null && CONTROL.matcher(value).find()) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
