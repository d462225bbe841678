package eu.cinema.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that failed because the database was out of reach (down, restarting, failing over, its connections cut)
 * answers 503 with Retry-After and the portal's page for it, not 500: nothing is wrong with the page, and whatever the
 * request was saving was rolled back. It wraps every other filter, so that a failure of the sessions (which live in
 * PostgreSQL) is caught as well as one of a page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DatabaseOutage extends OncePerRequestFilter {

    /** How long a client should wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    /** HikariCP's message for a connection it closed after an error that broke it. */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    /**
     * Whether {@code failure} comes from a lost or unobtainable database connection: SQL states of class 08
     * (connection exception) and 57P (operator intervention: shut down, terminated, not accepting connections yet), no
     * connection from the pool in time, or the pool's own refusal of a connection it has just evicted as broken (the
     * rollback after a cut connection fails so, and Spring reports that failure instead of the first one).
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || (cause instanceof SQLException
                    && cause.getClass() == SQLException.class && CLOSED_BY_THE_POOL.equals(cause.getMessage()))) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("The database was out of reach for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
