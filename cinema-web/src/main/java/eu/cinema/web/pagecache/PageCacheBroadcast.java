package eu.cinema.web.pagecache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import eu.cinema.web.PortalSettings;
import eu.cinema.web.pagecache.AnonymousPageCache.PublicContentChanged;

/**
 * Tells the other instances when a change went through this one, so that their anonymous page caches
 * forget their copies within moments instead of after their time to live: PostgreSQL's NOTIFY on a
 * channel that every instance with the cache on LISTENs to, on a pooled connection it keeps. PostgreSQL
 * keeps no notification for an instance that is not listening, so after a lost connection the cache
 * forgets everything once. The listener survives what can happen to it: a lost connection or any exception is
 * retried, and a thread that dies all the same is started again; health reports DOWN while it is not listening.
 */
@Component
class PageCacheBroadcast implements SmartLifecycle, HealthIndicator {

    static final String CHANNEL = "cinema_public_content";
    private static final Logger log = LoggerFactory.getLogger(PageCacheBroadcast.class);
    /** How long one wait for notifications lasts, and so how long stopping may take. */
    private static final int POLL_MILLIS = 1000;
    private static final Duration RETRY = Duration.ofSeconds(5);

    /** Tells this instance's own notifications from the others'. */
    private final String origin = UUID.randomUUID().toString();
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AnonymousPageCache cache;
    private final boolean cacheOn;
    private final long retryMillis;
    private volatile Thread listener;
    private volatile boolean listening;

    @Autowired
    PageCacheBroadcast(DataSource dataSource, JdbcClient jdbc, AnonymousPageCache cache, PortalSettings settings) {
        this(dataSource, jdbc, cache, settings, RETRY);
    }

    /** {@code retry}: how long to wait before listening again after a failure. */
    PageCacheBroadcast(DataSource dataSource, JdbcClient jdbc, AnonymousPageCache cache, PortalSettings settings,
            Duration retry) {
        this.retryMillis = retry.toMillis();
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.cache = cache;
        this.cacheOn = !settings.pageCache().timeToLive().isZero();
    }

    @EventListener
    void tellTheOthers(PublicContentChanged change) {
        try {
            jdbc.sql("SELECT pg_notify('" + CHANNEL + "', :origin)").param("origin", origin).query().listOfRows();
        } catch (DataAccessException unreachable) {
            // The change is saved; the person who made it should not see an error for this.
            log.warn("Could not tell the other instances of a change; they show it after their page cache's time to live",
                    unreachable);
        }
    }

    @Override
    public void start() {
        if (cacheOn) {
            Thread thread = new Thread(this::listen, "page-cache-broadcast");
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler(this::restartAfter);
            listener = thread;
            thread.start();
        }
    }

    @Override
    public void stop() {
        listener = null;
        listening = false;
    }

    /** UP while this instance hears the others' changes (or has no cache to keep in step), DOWN otherwise. */
    @Override
    public Health health() {
        if (!cacheOn) {
            return Health.up().withDetail("pageCache", "off").build();
        }
        return (listening ? Health.up() : Health.down()).withDetail("listening", listening).build();
    }

    /** The listener died of an error nothing caught: after the usual pause, a new one takes over. */
    private void restartAfter(Thread died, Throwable cause) {
        listening = false;
        if (listener != died) {
            return;
        }
        log.error("The page cache listener died; starting it again in {} ms", retryMillis, cause);
        try {
            Thread.sleep(retryMillis);
        } catch (InterruptedException interrupted) {
            return;
        }
        if (listener == died) {
            start();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    private void listen() {
        while (listener == Thread.currentThread()) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                cache.forgetAll(); // whatever changed while nobody listened
                listening = true;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (listener == Thread.currentThread()) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null && Arrays.stream(received).anyMatch(n -> !origin.equals(n.getParameter()))) {
                        cache.forgetAll();
                    }
                }
            } catch (SQLException | RuntimeException lost) {
                listening = false;
                if (listener == Thread.currentThread()) {
                    log.warn("Not listening for other instances' changes; trying again in {} ms", retryMillis, lost);
                    try {
                        Thread.sleep(retryMillis);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }
}
