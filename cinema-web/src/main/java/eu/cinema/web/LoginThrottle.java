package eu.cinema.web;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Counts failed sign-ins per e-mail and client address, and per client address alone. A block
 * lasts at most one window from the first failure, and a stranger elsewhere cannot block a real
 * user, because an account is only throttled together with the address that failed on it.
 */
@Component
class LoginThrottle {

    private static final int MAX_EMAIL_LENGTH = 254;

    private final PortalSettings.Login settings;
    private final Cache<String, AtomicInteger> failures;

    @Autowired
    LoginThrottle(PortalSettings settings) {
        this(settings, Ticker.systemTicker());
    }

    LoginThrottle(PortalSettings settings, Ticker clock) {
        this.settings = settings.login();
        this.failures = Caffeine.newBuilder()
                .ticker(clock)
                .expireAfterWrite(this.settings.window())
                .maximumSize(100_000)
                .build();
    }

    boolean isBlocked(String email, String address) {
        return count(accountKey(email, address)) >= settings.maxFailuresPerAccount()
                || count(address) >= settings.maxFailuresPerAddress();
    }

    void recordFailure(String email, String address) {
        failures.get(accountKey(email, address), key -> new AtomicInteger()).incrementAndGet();
        failures.get(address, key -> new AtomicInteger()).incrementAndGet();
    }

    void recordSuccess(String email, String address) {
        failures.invalidate(accountKey(email, address));
    }


    private int count(String key) {
        AtomicInteger count = failures.getIfPresent(key);
        return count == null ? 0 : count.get();
    }

    /** Bounded in length, so that a megabyte of "e-mail" cannot fill the memory. */
    private static String accountKey(String email, String address) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return normalised.substring(0, Math.min(normalised.length(), MAX_EMAIL_LENGTH)) + '|' + address;
    }
}
