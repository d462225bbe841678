package eu.cinema.web.security;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counters in fixed windows that every instance of the portal shares through PostgreSQL, so that limits
 * hold behind a load balancer: N instances do not grant N times the attempts. A window opens with the
 * first count and closes {@code window} later by the database's clock; the next count opens a new one.
 */
@Component
public class SharedCounters {

    private final JdbcClient jdbc;

    SharedCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one more under {@code key}; returns the count of the current window, this one included. */
    public int increment(String key, Duration window) {
        return jdbc.sql("""
                INSERT INTO shared_counter AS c (key, count, window_ends) VALUES (:key, 1, now() + make_interval(secs => :seconds))
                ON CONFLICT (key) DO UPDATE SET
                    count = CASE WHEN c.window_ends <= now() THEN 1 ELSE c.count + 1 END,
                    window_ends = CASE WHEN c.window_ends <= now() THEN EXCLUDED.window_ends ELSE c.window_ends END
                RETURNING count
                """).param("key", key).param("seconds", window.toSeconds()).query(Integer.class).single();
    }

    /** The count of the current window under {@code key}; 0 when there is none or it has closed. */
    public int current(String key) {
        return jdbc.sql("SELECT count FROM shared_counter WHERE key = :key AND window_ends > now()")
                .param("key", key).query(Integer.class).optional().orElse(0);
    }

    public void reset(String key) {
        jdbc.sql("DELETE FROM shared_counter WHERE key = :key").param("key", key).update();
    }

    /** Deletes the counters whose window has closed; returns how many. */
    public int deleteClosed() {
        return jdbc.sql("DELETE FROM shared_counter WHERE window_ends <= now()").update();
    }
}
