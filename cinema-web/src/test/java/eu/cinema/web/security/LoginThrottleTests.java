package eu.cinema.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.web.PortalSettings;

/** Sign-in throttling and per-address limits, counted in PostgreSQL so that every instance sees the same counts. */
@PortalIntegrationTest
class LoginThrottleTests {

    private static final PortalSettings SETTINGS = new PortalSettings(List.of(Locale.ENGLISH),
            new PortalSettings.Login(3, 5, Duration.ofMinutes(15)), new PortalSettings.MapTiles("", "", ""),
            new PortalSettings.Proposals(5), null, null, null);

    @Autowired
    SharedCounters counters;

    @Autowired
    JdbcClient jdbc;

    private LoginThrottle throttle;

    @BeforeEach
    void freshCounts() {
        jdbc.sql("DELETE FROM shared_counter WHERE key LIKE '%203.0.113.%'").update();
        throttle = new LoginThrottle(SETTINGS, counters);
    }

    @Test
    void anAccountIsThrottledOnlyForTheAddressThatFailed() {
        fail(throttle, "victim@example.org", "203.0.113.9", 3);

        assertThat(throttle.isBlocked("victim@example.org", "203.0.113.9")).isTrue();
        assertThat(throttle.isBlocked("VICTIM@example.org ", "203.0.113.9")).isTrue();
        assertThat(throttle.isBlocked("victim@example.org", "198.51.100.4")).isFalse();
    }

    @Test
    void aBlockEndsWithItsWindowSoNobodyIsLockedOutForever() {
        fail(throttle, "victim@example.org", "203.0.113.9", 3);
        jdbc.sql("UPDATE shared_counter SET window_ends = now() WHERE key LIKE '%203.0.113.9'").update();

        assertThat(throttle.isBlocked("victim@example.org", "203.0.113.9")).isFalse();
        fail(throttle, "victim@example.org", "203.0.113.9", 1);
        assertThat(counters.current("sign-in-address|203.0.113.9")).as("a new window starts at one").isEqualTo(1);
    }

    @Test
    void anAddressSprayingManyAccountsIsThrottled() {
        for (int i = 0; i < 5; i++) {
            fail(throttle, "user" + i + "@example.org", "203.0.113.50", 1);
        }

        assertThat(throttle.isBlocked("someone.else@example.org", "203.0.113.50")).isTrue();
        assertThat(throttle.isBlocked("someone.else@example.org", "203.0.113.51")).isFalse();
    }

    @Test
    void aSuccessfulSignInForgetsThePastFailures() {
        fail(throttle, "forgetful@example.org", "203.0.113.9", 2);
        throttle.recordSuccess("forgetful@example.org", "203.0.113.9");
        fail(throttle, "forgetful@example.org", "203.0.113.9", 2);

        assertThat(throttle.isBlocked("forgetful@example.org", "203.0.113.9")).isFalse();
    }

    @Test
    void failuresOnTwoInstancesAddUp() {
        LoginThrottle otherInstance = new LoginThrottle(SETTINGS, counters);
        fail(throttle, "victim@example.org", "203.0.113.9", 2);
        fail(otherInstance, "victim@example.org", "203.0.113.9", 1);

        assertThat(throttle.isBlocked("victim@example.org", "203.0.113.9")).isTrue();
        assertThat(otherInstance.isBlocked("victim@example.org", "203.0.113.9")).isTrue();
    }

    @Test
    void anAddressLimitIsSharedByInstancesAndSeparatePerAction() {
        AddressRateLimit proposals = new AddressRateLimit(counters, "site-proposal", 2, Duration.ofHours(1));
        AddressRateLimit proposalsElsewhere = new AddressRateLimit(counters, "site-proposal", 2, Duration.ofHours(1));
        AddressRateLimit messages = new AddressRateLimit(counters, "contact-message", 2, Duration.ofHours(1));

        assertThat(proposals.tryAcquire("203.0.113.7")).isTrue();
        assertThat(proposalsElsewhere.tryAcquire("203.0.113.7")).isTrue();
        assertThat(proposals.tryAcquire("203.0.113.7")).as("the third in the hour").isFalse();
        assertThat(proposals.tryAcquire("203.0.113.8")).as("another address").isTrue();
        assertThat(messages.tryAcquire("203.0.113.7")).as("another action").isTrue();
    }

    private static void fail(LoginThrottle throttle, String email, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(email, address);
        }
    }
}
