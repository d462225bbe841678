/** Periodic jobs, each run by one instance at a time (ShedLock on PostgreSQL), and the web layer's own clean-up. */
package eu.cinema.web.jobs;
