package eu.cinema.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error page belongs to the error dispatch. Asked for directly, {@code /error} is not found (rather than a
 * "500" without an error). In the error dispatch, the response starts without the failed response's content type:
 * a page that failed while rendering has already declared itself text/html, and the error's JSON body for a client
 * that does not ask for HTML would be refused for that type, failing the error page itself. Pages are rendered whole
 * before they are sent ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}), so nothing
 * is committed yet.
 */
@Component
class ErrorDispatch extends OncePerRequestFilter {

    private static final String ERROR_PATH = "/error";

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR && !ERROR_PATH.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            response.sendError(HttpStatus.NOT_FOUND.value());
            return;
        }
        if (!response.isCommitted()) {
            response.setContentType(null);
        }
        chain.doFilter(request, response);
    }
}
