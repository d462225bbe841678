package eu.cinema.web;

import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import eu.cinema.privacy.PrivacyService;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The portal's periodic jobs, each run by one instance at a time ({@link SchedulingConfiguration}). Each
 * holds its lock at least a while, so that an instance whose turn comes a little later skips it too.
 */
@Component
class ScheduledJobs {

    private final PrivacyService privacy;
    private final JdbcIndexedSessionRepository sessions;
    private final SharedCounters counters;

    ScheduledJobs(PrivacyService privacy, JdbcIndexedSessionRepository sessions, SharedCounters counters) {
        this.privacy = privacy;
        this.sessions = sessions;
        this.counters = counters;
    }

    /**
     * Deletes expired HTTP sessions (Spring Session's own clean-up, which every instance would run, is off)
     * and counters whose window has closed.
     */
    @Scheduled(cron = "${cinema.jobs.cleanup-cron:0 * * * * *}")
    @SchedulerLock(name = "cleanup", lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
    public void deleteExpired() {
        sessions.cleanUpExpiredSessions();
        counters.deleteClosed();
    }

    /** Applies the retention periods of personal data (docs/operations.md, "Privacy (GDPR)"). */
    @Scheduled(cron = "${cinema.jobs.retention-cron:0 30 3 * * *}")
    @SchedulerLock(name = "privacy-retention", lockAtLeastFor = "PT1M")
    public void applyRetention() {
        privacy.expire(Instant.now());
    }
}
