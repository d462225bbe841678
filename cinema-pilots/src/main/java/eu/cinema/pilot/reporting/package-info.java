/**
 * Reporting periods with review: the lead partner's periods, each pilot's period report prepared from what its editors
 * logged, submitted, returned with comments or accepted, frozen as submitted; the reminders before a report is due.
 */
@NamedInterface("reporting")
package eu.cinema.pilot.reporting;

import org.springframework.modulith.NamedInterface;
