package eu.cinema.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** At most {@code allowed} actions per client address in a fixed window that starts with the first. */
public final class AddressRateLimit {

    private final int allowed;
    private final Cache<String, AtomicInteger> counts;

    public AddressRateLimit(int allowed, Duration window) {
        this.allowed = allowed;
        this.counts = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    /** Counts one action from {@code address}; false when the address has used up its allowance. */
    public boolean tryAcquire(String address) {
        return counts.get(address, key -> new AtomicInteger()).incrementAndGet() <= allowed;
    }
}
