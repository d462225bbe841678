package eu.cinema.pilot.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import eu.cinema.pilot.reporting.ReportReminders;
import eu.cinema.web.jobs.JobSettings;

/** Sends the reminders of period reports due in a week when {@code cinema.jobs.report-reminders-cron} says (daily). */
@Configuration(proxyBeanMethods = false)
class ReportReminderSchedule implements SchedulingConfigurer {

    private final ReportReminders reminders;
    private final JobSettings settings;

    ReportReminderSchedule(ReportReminders reminders, JobSettings settings) {
        this.reminders = reminders;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        JobSettings.schedule(registrar, settings.reportRemindersCron(), reminders::remind);
    }
}
