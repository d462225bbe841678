package eu.cinema.web.security;

import java.util.Locale;

import org.springframework.stereotype.Component;

import eu.cinema.web.PortalSettings;

/**
 * Counts failed sign-ins (and failed checks of the current password when a person changes it) per e-mail and client address, and per client address alone, across every
 * instance ({@link SharedCounters}). A block lasts at most one window from the first failure, and a
 * stranger elsewhere cannot block a real user, because an account is only throttled together with the
 * address that failed on it.
 */
@Component
public class LoginThrottle {

    private static final int MAX_EMAIL_LENGTH = 254;

    private final PortalSettings.Login settings;
    private final SharedCounters counters;

    LoginThrottle(PortalSettings settings, SharedCounters counters) {
        this.settings = settings.login();
        this.counters = counters;
    }

    public boolean isBlocked(String email, String address) {
        return counters.current(accountKey(email, address)) >= settings.maxFailuresPerAccount()
                || counters.current(addressKey(address)) >= settings.maxFailuresPerAddress();
    }

    public void recordFailure(String email, String address) {
        counters.increment(accountKey(email, address), settings.window());
        counters.increment(addressKey(address), settings.window());
    }

    public void recordSuccess(String email, String address) {
        counters.reset(accountKey(email, address));
    }

    /** Bounded in length, so that a megabyte of "e-mail" cannot fill the table. */
    private static String accountKey(String email, String address) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return "sign-in-account|" + normalised.substring(0, Math.min(normalised.length(), MAX_EMAIL_LENGTH)) + '|' + address;
    }

    private static String addressKey(String address) {
        return "sign-in-address|" + address;
    }
}
