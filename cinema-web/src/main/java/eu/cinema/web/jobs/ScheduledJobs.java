package eu.cinema.web.jobs;

import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

import eu.cinema.web.security.SharedCounters;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The web layer's periodic clean-up, run by one instance at a time ({@link SchedulingConfiguration}); a
 * feature's own jobs live with the feature (such as the privacy module's retention job). Each holds its lock at
 * least a while, so that an instance whose turn comes a little later skips it too.
 */
@Component
class ScheduledJobs {

    private final JdbcIndexedSessionRepository sessions;
    private final SharedCounters counters;

    ScheduledJobs(JdbcIndexedSessionRepository sessions, SharedCounters counters) {
        this.sessions = sessions;
        this.counters = counters;
    }

    /**
     * Deletes expired HTTP sessions (Spring Session's own clean-up, which every instance would run, is off)
     * and counters whose window has closed.
     */
    @SchedulerLock(name = "cleanup", lockAtLeastFor = "PT30S", lockAtMostFor = "PT5M")
    public void deleteExpired() {
        sessions.cleanUpExpiredSessions();
        counters.deleteClosed();
    }
}
