/** Pilot progress logging: milestones, progress updates, indicators, evidence and reports. */
package eu.cinema.pilot.progress;
