package eu.cinema.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    private final AtomicLong nanos = new AtomicLong();
    private final LoginThrottle throttle = new LoginThrottle(
            new PortalSettings(List.of(Locale.ENGLISH), new PortalSettings.Login(3, 5, Duration.ofMinutes(15)),
                    new PortalSettings.MapTiles("", ""), new PortalSettings.Proposals(5), null, null),
            nanos::get);

    @Test
    void anAccountIsThrottledOnlyForTheAddressThatFailed() {
        fail("victim@example.org", "203.0.113.9", 3);

        assertThat(throttle.isBlocked("victim@example.org", "203.0.113.9")).isTrue();
        assertThat(throttle.isBlocked("VICTIM@example.org ", "203.0.113.9")).isTrue();
        assertThat(throttle.isBlocked("victim@example.org", "198.51.100.4")).isFalse();
    }

    @Test
    void aBlockEndsWithItsWindowSoNobodyIsLockedOutForever() {
        fail("victim@example.org", "203.0.113.9", 3);
        nanos.addAndGet(Duration.ofMinutes(16).toNanos());

        assertThat(throttle.isBlocked("victim@example.org", "203.0.113.9")).isFalse();
    }

    @Test
    void anAddressSprayingManyAccountsIsThrottled() {
        for (int i = 0; i < 5; i++) {
            fail("user" + i + "@example.org", "203.0.113.50", 1);
        }

        assertThat(throttle.isBlocked("someone.else@example.org", "203.0.113.50")).isTrue();
        assertThat(throttle.isBlocked("someone.else@example.org", "203.0.113.51")).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsThePastFailures() {
        fail("forgetful@example.org", "203.0.113.9", 2);
        throttle.recordSuccess("forgetful@example.org", "203.0.113.9");
        fail("forgetful@example.org", "203.0.113.9", 2);

        assertThat(throttle.isBlocked("forgetful@example.org", "203.0.113.9")).isFalse();
    }

    private void fail(String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }
}
