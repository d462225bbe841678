package eu.cinema.pilot.web;

import java.util.List;
import java.util.Map;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.progress.EvidenceFile;
import eu.cinema.pilot.progress.IndicatorValue;
import eu.cinema.pilot.progress.PilotProgress;
import eu.cinema.pilot.progress.ProgressUpdate;
import eu.cinema.pilot.reporting.ReportStatus;

/**
 * One pilot in a report file: where it stands (progress, milestones, indicators with their charts), what it published
 * in the period with the evidence, and the lead partner's review of its reports on the periods the report touches.
 */
record PilotReportSection(Pilot pilot, PilotProgress progress, Map<Long, IndicatorChart> charts, List<ProgressUpdate> updates,
        List<IndicatorValue> values, Map<Long, List<EvidenceFile>> evidence, List<ReportStatus> reviews) {
}
