package eu.cinema.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import eu.cinema.privacy.PrivacyRetentionJob;
import eu.cinema.testsupport.web.PortalIntegrationTest;
import eu.cinema.web.security.SharedCounters;

/** The periodic jobs against PostgreSQL: one instance at a time runs each; retention of personal data; the clean-up. */
@PortalIntegrationTest
class ScheduledJobsIntegrationTests {

    @Autowired
    ScheduledJobs jobs;

    @Autowired
    PrivacyRetentionJob retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SharedCounters counters;

    @BeforeEach
    @AfterEach
    void removeTestRowsAndLocks() {
        jdbc.sql("DELETE FROM contact_message WHERE seeker_email LIKE '%@retention.test'").update();
        jdbc.sql("DELETE FROM site WHERE reference LIKE 'RETENTION-%'").update();
        jdbc.sql("DELETE FROM spring_session WHERE principal_name = 'retention-test'").update();
        jdbc.sql("DELETE FROM shared_counter WHERE key LIKE 'cleanup-test|%'").update();
        jdbc.sql("DELETE FROM shedlock").update();
    }

    @Test
    void retentionDeletesOldMessagesAndTheAddressesOfDecidedOldProposalsAndKeepsTheRest() {
        long oldMessage = message(181);
        long recentMessage = message(179);
        long oldPublished = proposedSite("PUBLISHED", 91);
        long oldRejected = proposedSite("REJECTED", 91);
        long oldWaiting = proposedSite("PROPOSED", 91);
        long recentPublished = proposedSite("PUBLISHED", 89);

        retention.applyRetention();

        assertThat(messageExists(oldMessage)).isFalse();
        assertThat(messageExists(recentMessage)).isTrue();
        assertThat(proposerOf(oldPublished)).isNull();
        assertThat(proposerOf(oldRejected)).isNull();
        assertThat(proposerOf(oldWaiting)).as("still needed for the moderation").isNotNull();
        assertThat(proposerOf(recentPublished)).isNotNull();
    }

    @Test
    void aJobWhoseLockAnotherInstanceHoldsIsSkippedUntilTheLockRunsOut() {
        long oldMessage = message(200);
        jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES ('privacy-retention', "
                + "timezone('utc', now()) + interval '10 minutes', timezone('utc', now()), 'another-instance')").update();

        retention.applyRetention();
        boolean keptWhileLocked = messageExists(oldMessage);
        jdbc.sql("UPDATE shedlock SET lock_until = timezone('utc', now()) - interval '1 second' WHERE name = 'privacy-retention'").update();
        retention.applyRetention();

        assertThat(keptWhileLocked).as("the other instance runs the job").isTrue();
        assertThat(messageExists(oldMessage)).as("run once the lock ran out").isFalse();
        assertThat(jdbc.sql("SELECT locked_by FROM shedlock WHERE name = 'privacy-retention'").query(String.class).single())
                .isNotEqualTo("another-instance");
    }

    @Test
    void theCleanupDeletesExpiredSessionsAndClosedCountersAndKeepsTheLiveOnes() {
        String expired = session(-60_000);
        String live = session(3_600_000);
        counters.increment("cleanup-test|closed", Duration.ofHours(1));
        jdbc.sql("UPDATE shared_counter SET window_ends = now() WHERE key = 'cleanup-test|closed'").update();
        counters.increment("cleanup-test|open", Duration.ofHours(1));

        jobs.deleteExpired();

        assertThat(sessionExists(expired)).isFalse();
        assertThat(sessionExists(live)).isTrue();
        assertThat(jdbc.sql("SELECT key FROM shared_counter WHERE key LIKE 'cleanup-test|%'").query(String.class).list())
                .containsExactly("cleanup-test|open");
    }

    private long message(int daysAgo) {
        return jdbc.sql("""
                INSERT INTO contact_message (site_id, seeker_name, seeker_email, body, state, created_at)
                VALUES ((SELECT min(id) FROM site), 'Retention test', :email, 'A question', 'SENT', now() - make_interval(days => :days))
                RETURNING id
                """).param("email", "seeker-" + daysAgo + "@retention.test").param("days", daysAgo).query(Long.class).single();
    }

    private long proposedSite(String publication, int daysAgo) {
        return jdbc.sql("""
                INSERT INTO site (reference, name, city_name, country_code, location, kind, ownership, status, publication,
                                  proposer_email, created_at)
                SELECT 'RETENTION-' || :publication || '-' || :days, 'Retention site', c.name, c.country_code, c.location,
                       'COMMERCIAL_UNIT', 'PUBLIC', 'VACANT', :publication, 'proposer@retention.test', now() - make_interval(days => :days)
                FROM city c WHERE c.name_en = 'Kamnik'
                RETURNING id
                """).param("publication", publication).param("days", daysAgo).query(Long.class).single();
    }

    private String session(long expiresInMillis) {
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        jdbc.sql("INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time, max_inactive_interval, "
                + "expiry_time, principal_name) VALUES (:id, :id, :now, :now, 1800, :expiry, 'retention-test')")
                .param("id", id).param("now", now).param("expiry", now + expiresInMillis).update();
        return id;
    }

    private boolean messageExists(long id) {
        return jdbc.sql("SELECT count(*) FROM contact_message WHERE id = :id").param("id", id).query(Integer.class).single() == 1;
    }

    private String proposerOf(long siteId) {
        return jdbc.sql("SELECT proposer_email FROM site WHERE id = :id").param("id", siteId).query(String.class).optional().orElse(null);
    }

    private boolean sessionExists(String id) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE primary_id = :id").param("id", id).query(Integer.class).single() == 1;
    }
}
