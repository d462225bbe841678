package eu.cinema.privacy;

import java.time.Instant;

import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Applies the retention periods of personal data (docs/operations.md, "Privacy (GDPR)"), on one instance at a
 * time; the lock is held at least a minute so that an instance whose turn comes a little later skips it too. The
 * web application schedules it ({@code cinema.jobs.retention-cron}).
 */
@Component
public class PrivacyRetentionJob {

    private final PrivacyService privacy;

    PrivacyRetentionJob(PrivacyService privacy) {
        this.privacy = privacy;
    }

    @SchedulerLock(name = "privacy-retention", lockAtLeastFor = "PT1M")
    public void applyRetention() {
        privacy.expire(Instant.now());
    }
}
