/**
 * Pilot progress logging: milestones, progress updates, indicators, evidence and reports. Published to the other
 * features for what the public may read of it (the newest published updates, for the open-data catalogue).
 */
@NamedInterface("progress")
package eu.cinema.pilot.progress;

import org.springframework.modulith.NamedInterface;
