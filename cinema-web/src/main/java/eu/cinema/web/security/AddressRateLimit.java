package eu.cinema.web.security;

import java.time.Duration;

/**
 * At most {@code allowed} actions of one kind per client address in a fixed window that opens with the
 * first, counted across every instance ({@link SharedCounters}).
 */
public final class AddressRateLimit {

    private final SharedCounters counters;
    private final String action;
    private final int allowed;
    private final Duration window;

    public AddressRateLimit(SharedCounters counters, String action, int allowed, Duration window) {
        this.counters = counters;
        this.action = action;
        this.allowed = allowed;
        this.window = window;
    }

    /** Counts one action from {@code address}; false when the address has used up its allowance. */
    public boolean tryAcquire(String address) {
        return counters.increment(action + '|' + address, window) <= allowed;
    }
}
