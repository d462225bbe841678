package eu.cinema.follow.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import eu.cinema.web.jobs.JobSettings;

/** Sends the followers' digests when {@code cinema.jobs.follow-digests-cron} says (daily). */
@Configuration(proxyBeanMethods = false)
class DigestSchedule implements SchedulingConfigurer {

    private final DigestJob job;
    private final JobSettings settings;

    DigestSchedule(DigestJob job, JobSettings settings) {
        this.job = job;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        JobSettings.schedule(registrar, settings.followDigestsCron(), job::send);
    }
}
