package eu.cinema.privacy.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import eu.cinema.privacy.PrivacyRetentionJob;
import eu.cinema.web.jobs.JobSettings;

/** Runs the privacy module's retention job when {@code cinema.jobs.retention-cron} says. */
@Configuration(proxyBeanMethods = false)
class PrivacyJobSchedule implements SchedulingConfigurer {

    private final PrivacyRetentionJob retention;
    private final JobSettings settings;

    PrivacyJobSchedule(PrivacyRetentionJob retention, JobSettings settings) {
        this.retention = retention;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        JobSettings.schedule(registrar, settings.retentionCron(), retention::applyRetention);
    }
}
