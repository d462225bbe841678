package eu.cinema.site.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import eu.cinema.site.importing.SiteImportService;
import eu.cinema.web.jobs.JobSettings;

/** Deletes expired import uploads when {@code cinema.jobs.import-uploads-cron} says. */
@Configuration(proxyBeanMethods = false)
class SiteImportJobSchedule implements SchedulingConfigurer {

    private final SiteImportService imports;
    private final JobSettings settings;

    SiteImportJobSchedule(SiteImportService imports, JobSettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        JobSettings.schedule(registrar, settings.importUploadsCron(), imports::deleteExpiredUploads);
    }
}
