package eu.cinema.web.jobs;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Periodic jobs ({@link ScheduledJobs}) are scheduled on every instance; a lock row per job in PostgreSQL
 * (ShedLock) lets one instance run each at a time, and the others skip that turn.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration implements SchedulingConfigurer {

    private final ScheduledJobs jobs;
    private final JobSettings settings;

    SchedulingConfiguration(ScheduledJobs jobs, JobSettings settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        JobSettings.schedule(registrar, settings.cleanupCron(), jobs::deleteExpired);
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        // The database's clock decides when a lock runs out, so instances whose clocks differ still agree.
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
