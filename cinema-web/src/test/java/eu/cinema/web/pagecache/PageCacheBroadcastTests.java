package eu.cinema.web.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import eu.cinema.web.PortalSettings;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The listener for other instances' changes outlives whatever kills its thread, and health tells while it cannot listen. */
class PageCacheBroadcastTests {

    private static final PortalSettings CACHE_ON = new PortalSettings(List.of(Locale.ENGLISH), null, null, null, null,
            new PortalSettings.PageCache(Duration.ofSeconds(10), DataSize.ofMegabytes(1), List.of("/plans")), null);

    @Test
    void aListenerThreadKilledByAnErrorIsStartedAgainAndHealthIsDownMeanwhile() throws InterruptedException {
        AtomicInteger attempts = new AtomicInteger();
        // The first attempt dies of an Error, which nothing in the listener catches; the database stays away after it.
        AbstractDataSource dying = new AbstractDataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                if (attempts.incrementAndGet() == 1) {
                    throw new StackOverflowError("thrown by the test");
                }
                throw new SQLException("the database is away");
            }

            @Override
            public Connection getConnection(String username, String password) throws SQLException {
                return getConnection();
            }
        };
        AnonymousPageCache cache = new AnonymousPageCache(CACHE_ON, new AcceptHeaderLocaleResolver(), new SimpleMeterRegistry(),
                event -> { }, System::nanoTime);
        PageCacheBroadcast broadcast = new PageCacheBroadcast(dying, JdbcClient.create(dying), cache, CACHE_ON, Duration.ofMillis(50));

        broadcast.start();
        try {
            for (int wait = 0; wait < 100 && attempts.get() < 3; wait++) {
                Thread.sleep(20);
            }
            assertThat(attempts.get()).as("listening was tried again after the thread died").isGreaterThanOrEqualTo(3);
            assertThat(broadcast.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(broadcast.isRunning()).isTrue();
        } finally {
            broadcast.stop();
        }
    }

    @Test
    void withoutAPageCacheThereIsNothingToListenForAndHealthIsUp() {
        PortalSettings cacheOff = new PortalSettings(List.of(Locale.ENGLISH), null, null, null, null,
                new PortalSettings.PageCache(Duration.ZERO, DataSize.ofMegabytes(1), List.of("/plans")), null);

        PageCacheBroadcast broadcast = new PageCacheBroadcast(null, null, null, cacheOff, Duration.ofMillis(50));

        assertThat(broadcast.health().getStatus()).isEqualTo(Status.UP);
        assertThat(broadcast.isRunning()).isFalse();
    }
}
