package eu.cinema.pilot.reporting;

import java.time.LocalDate;

import eu.cinema.pilot.Pilot;

/**
 * Where one pilot's report on one period stands.
 *
 * @param state   null while nobody has started it
 * @param overdue past its due date and not yet submitted or accepted
 */
public record ReportStatus(Pilot pilot, ReportingPeriod period, Long reportId, ReportState state, boolean overdue) {

    static ReportStatus of(Pilot pilot, ReportingPeriod period, PeriodReport report, LocalDate today) {
        ReportState state = report == null ? null : report.getState();
        boolean waiting = state == null || state.isWithEditors();
        return new ReportStatus(pilot, period, report == null ? null : report.getId(), state, waiting && today.isAfter(period.getDueOn()));
    }

    public boolean isAccepted() {
        return state == ReportState.ACCEPTED;
    }
}
