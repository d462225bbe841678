package eu.cinema.pilot.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.progress.EvidenceFile;
import eu.cinema.pilot.progress.IndicatorValue;
import eu.cinema.pilot.progress.ProgressUpdate;

/**
 * A pilot's report on a period as its page shows it: what was logged in the period to pick from, what is picked, and the
 * latest submission as it was frozen (with the lead partner's comments on its items).
 *
 * @param report     empty until its editors first save it
 * @param candidates the pilot's updates in the period, oldest first, internal ones included
 * @param picked     the ids of the updates the report covers
 * @param submitted  the items of the latest submission, in their order; empty before the first one
 */
public record ReportView(Pilot pilot, ReportingPeriod period, Optional<PeriodReport> report, List<ProgressUpdate> candidates,
        Map<Long, List<IndicatorValue>> values, Map<Long, List<EvidenceFile>> evidence, Set<Long> picked, List<ReportItem> submitted) {

    public ReportState state() {
        return report.map(PeriodReport::getState).orElse(ReportState.DRAFT);
    }

    public long version() {
        return report.map(PeriodReport::getVersion).orElse(0L);
    }
}
