package eu.cinema.web.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * When the periodic jobs run ({@code cinema.jobs.*}): Spring cron expressions in server time, {@code -} turns a
 * job off. Each job runs on one instance at a time, whatever the schedule (docs/operations.md, "Jobs").
 *
 * @param cleanupCron   expired HTTP sessions and closed counters
 * @param retentionCron the retention periods of personal data
 * @param importUploadsCron files uploaded for a site import and never confirmed, once they expire
 * @param reportRemindersCron the reminders of period reports due in a week
 * @param followDigestsCron   the followers' digests (each is sent when its day or week has passed)
 */
@ConfigurationProperties("cinema.jobs")
public record JobSettings(@DefaultValue("0 * * * * *") String cleanupCron, @DefaultValue("0 30 3 * * *") String retentionCron,
        @DefaultValue("0 */10 * * * *") String importUploadsCron, @DefaultValue("0 0 6 * * *") String reportRemindersCron,
        @DefaultValue("0 0 7 * * *") String followDigestsCron) {

    /**
     * Schedules {@code job} unless its expression turns it off. Pass the job's Spring bean, not {@code this}, so that
     * its {@code @SchedulerLock} applies.
     */
    public static void schedule(ScheduledTaskRegistrar registrar, String cron, Runnable job) {
        if (!Scheduled.CRON_DISABLED.equals(cron)) {
            registrar.addCronTask(job, cron);
        }
    }
}
