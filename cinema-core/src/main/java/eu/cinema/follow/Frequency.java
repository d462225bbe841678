package eu.cinema.follow;

import java.time.Duration;

/** How often a follower gets a digest. */
public enum Frequency {
    DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

    private final Duration period;

    Frequency(Duration period) {
        this.period = period;
    }

    public Duration period() {
        return period;
    }
}
