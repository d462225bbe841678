/**
 * Periodic jobs, each run by one instance at a time (ShedLock on PostgreSQL): their schedule ({@link JobSettings}),
 * which a feature's own job uses too, and the web layer's own clean-up.
 */
@NamedInterface("jobs")
package eu.cinema.web.jobs;

import org.springframework.modulith.NamedInterface;
