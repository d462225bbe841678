package eu.cinema.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets an error response choose its own content type. A page that failed while rendering has already declared
 * itself text/html; without this, the error's JSON body for a client that does not ask for HTML is refused for
 * that type, and the error page itself fails. Pages are rendered whole before they are sent
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}), so nothing is committed yet.
 */
@Component
class ErrorResponseReset extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.ERROR;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!response.isCommitted()) {
            response.setContentType(null);
        }
        chain.doFilter(request, response);
    }
}
