package eu.cinema.pilot.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.common.AdministratorsOnly;
import eu.cinema.common.NotFoundException;
import eu.cinema.common.Refusals;
import eu.cinema.common.StaleEditException;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotFilter;
import eu.cinema.pilot.PilotRuleException;
import eu.cinema.pilot.PilotService;
import eu.cinema.pilot.progress.EvidenceFile;
import eu.cinema.pilot.progress.IndicatorValue;
import eu.cinema.pilot.progress.Milestone;
import eu.cinema.pilot.progress.ProgressService;
import eu.cinema.pilot.progress.ProgressUpdate;

/**
 * Period reports: a pilot's editors prepare and submit them, the lead partner (administrators) accepts or returns them
 * with comments. A report is the editors' only while it is a draft or returned; a submission freezes what it said.
 */
@Service
@Transactional(readOnly = true)
public class PeriodReportService {

    public static final int MAX_SUMMARY_LENGTH = 10_000;
    public static final int MAX_COMMENT_LENGTH = 4_000;

    private final ReportingPeriodRepository periods;
    private final PeriodReportRepository reports;
    private final ReportItemRepository items;
    private final PilotService pilots;
    private final ProgressService progress;
    /** The portal's day is UTC's, as its progress figures. */
    private final Clock clock = Clock.systemUTC();

    PeriodReportService(ReportingPeriodRepository periods, PeriodReportRepository reports, ReportItemRepository items,
            PilotService pilots, ProgressService progress) {
        this.periods = periods;
        this.reports = reports;
        this.items = items;
        this.pilots = pilots;
        this.progress = progress;
    }

    public List<ReportingPeriod> periods() {
        return periods.findAllByOrderByStartsOnAsc();
    }

    public ReportingPeriod period(long id) {
        return periods.findById(id).orElseThrow(() -> new NotFoundException("reporting period", id));
    }

    @Transactional
    @AdministratorsOnly
    public ReportingPeriod definePeriod(String name, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
        checkPeriod(0, startsOn, endsOn, dueOn);
        return periods.save(new ReportingPeriod(name.strip(), startsOn, endsOn, dueOn));
    }

    @Transactional
    @AdministratorsOnly
    public ReportingPeriod changePeriod(long id, long expectedVersion, String name, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
        ReportingPeriod period = period(id);
        period.requireVersion(expectedVersion);
        checkPeriod(id, startsOn, endsOn, dueOn);
        period.change(name.strip(), startsOn, endsOn, dueOn);
        return periods.saveAndFlush(period);
    }

    /** A period's rules, all reported at once: its dates in order, its report due after it, no day in two periods. */
    private void checkPeriod(long id, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
        Refusals refusals = new Refusals()
                .when(endsOn.isBefore(startsOn), () -> new PilotRuleException("reporting.error.endBeforeStart", "endsOn"))
                .when(dueOn.isBefore(endsOn), () -> new PilotRuleException("reporting.error.dueBeforeEnd", "dueOn"));
        if (!endsOn.isBefore(startsOn)) {
            periods.findOverlapping(startsOn, endsOn, id).stream().findFirst().ifPresent(other -> refusals.when(true,
                    () -> new PilotRuleException("reporting.error.overlap", "startsOn", other.getName())));
        }
        refusals.throwIfAny();
    }

    /** A pilot's report on a period, as its editors and the lead partner see it; empty before anything was saved. */
    public ReportView view(long pilotId, long periodId) {
        Pilot pilot = pilots.getForEditing(pilotId);
        ReportingPeriod period = period(periodId);
        Optional<PeriodReport> report = reports.findByPilotIdAndPeriodId(pilotId, periodId);
        List<ProgressUpdate> candidates = progress.updatesBetween(pilotId, period.getStartsOn(), period.getEndsOn());
        Set<Long> ids = candidates.stream().map(ProgressUpdate::getId).collect(Collectors.toSet());
        List<ReportItem> submitted = report.filter(r -> r.getRound() > 0)
                .map(r -> items.findByReportIdAndRoundOrderByPosition(r.getId(), r.getRound())).orElse(List.of());
        return new ReportView(pilot, period, report, candidates, progress.valuesOfUpdates(ids), progress.evidenceOf(ids),
                // a new report covers every update of its period until its editors pick otherwise
                report.map(PeriodReport::getUpdateIds).orElse(ids), submitted);
    }

    /** Saves the editors' summary and picks; the report stays theirs. */
    @Transactional
    public PeriodReport save(long pilotId, long periodId, long expectedVersion, String summary, String summaryLang, Set<Long> updateIds) {
        return prepared(pilotId, periodId, expectedVersion, summary, summaryLang, updateIds);
    }

    /** Saves and submits: what the report says is frozen as a new round, and it goes to the lead partner. */
    @Transactional
    public PeriodReport submit(long pilotId, long periodId, long expectedVersion, String summary, String summaryLang, Set<Long> updateIds) {
        if (summary == null || summary.isBlank()) {
            throw new PilotRuleException("reporting.error.summaryRequired", "summary");
        }
        PeriodReport report = prepared(pilotId, periodId, expectedVersion, summary, summaryLang, updateIds);
        report.submitted(clock.instant());
        reports.saveAndFlush(report);
        freeze(report);
        return report;
    }

    private PeriodReport prepared(long pilotId, long periodId, long expectedVersion, String summary, String summaryLang,
            Set<Long> updateIds) {
        Pilot pilot = pilots.getForEditing(pilotId);
        ReportingPeriod period = period(periodId);
        PeriodReport report = reports.findByPilotIdAndPeriodId(pilotId, periodId).orElseGet(() -> new PeriodReport(pilot, period, Set.of()));
        // Said before a stale version: a report that left its editors changes no more, whichever version they saw.
        if (!report.getState().isWithEditors()) {
            throw new PilotRuleException(report.getState() == ReportState.ACCEPTED ? "reporting.error.accepted" : "reporting.error.submitted",
                    null);
        }
        if (report.getId() != null) {
            report.requireVersion(expectedVersion);
        }
        Set<Long> inPeriod = progress.updatesBetween(pilotId, period.getStartsOn(), period.getEndsOn()).stream()
                .map(ProgressUpdate::getId).collect(Collectors.toSet());
        new Refusals()
                .when(!period.hasBegun(LocalDate.now(clock)), () -> new PilotRuleException("reporting.error.notBegun", null))
                .when(!inPeriod.containsAll(updateIds), () -> new PilotRuleException("reporting.error.outsidePeriod", "updateIds"))
                .when(summary != null && summary.strip().length() > MAX_SUMMARY_LENGTH,
                        () -> new PilotRuleException("reporting.error.tooLong", "summary", MAX_SUMMARY_LENGTH))
                .throwIfAny();
        report.prepare(summary == null || summary.isBlank() ? null : summary.strip(), summaryLang, updateIds);
        try {
            return reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException firstSavedElsewhere) {
            // Two first saves of one report at once: the other one landed, and this one is a stale edit of it.
            throw new StaleEditException("PeriodReport", null, expectedVersion, expectedVersion + 1);
        }
    }

    /** Copies the picked updates, their values, milestones and evidence as this round says them. */
    private void freeze(PeriodReport report) {
        List<ProgressUpdate> picked = progress.updatesBetween(report.getPilot().getId(), report.getPeriod().getStartsOn(),
                report.getPeriod().getEndsOn()).stream().filter(update -> report.getUpdateIds().contains(update.getId())).toList();
        Set<Long> ids = picked.stream().map(ProgressUpdate::getId).collect(Collectors.toSet());
        Map<Long, List<IndicatorValue>> values = progress.valuesOfUpdates(ids);
        Map<Long, List<EvidenceFile>> evidence = progress.evidenceOf(ids);
        List<ReportItem> frozen = new ArrayList<>();
        for (ProgressUpdate update : picked) {
            frozen.add(new ReportItem(report, frozen.size(), ReportItem.Kind.UPDATE, update.getId(), update.getHappenedOn(),
                    update.getNarrative(), update.getNarrativeLang(), null, null,
                    update.getMilestonesReached().stream().map(Milestone::getTitle).sorted().toList(),
                    evidence.getOrDefault(update.getId(), List.of()).stream()
                            .map(file -> new ReportItem.FrozenFile(file.filename(), file.contentType(), file.sizeBytes())).toList()));
            for (IndicatorValue value : values.getOrDefault(update.getId(), List.of())) {
                frozen.add(new ReportItem(report, frozen.size(), ReportItem.Kind.VALUE, value.getId(), value.getMeasuredOn(),
                        value.getIndicator().getName(), null, value.getValue(), value.getIndicator().getUnit(), List.of(), List.of()));
            }
        }
        items.saveAll(frozen);
    }

    /**
     * The lead partner's review of a submitted report: accepted, or returned with a comment on the whole or on its items
     * (a returned report needs at least one comment, so that its editors know what to change).
     */
    @Transactional
    @AdministratorsOnly
    public PeriodReport review(long reportId, long expectedVersion, boolean accept, String comment, Map<Long, String> itemComments) {
        PeriodReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("period report", reportId));
        report.requireVersion(expectedVersion);
        if (report.getState() != ReportState.SUBMITTED) {
            throw new PilotRuleException("reporting.error.notSubmitted", null);
        }
        Map<Long, String> given = itemComments.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().strip()));
        boolean commented = comment != null && !comment.isBlank() || !given.isEmpty();
        List<ReportItem> round = items.findByReportIdAndRoundOrderByPosition(reportId, report.getRound());
        Set<Long> roundIds = new HashSet<>(round.stream().map(ReportItem::getId).toList());
        new Refusals()
                .when(!accept && !commented, () -> new PilotRuleException("reporting.error.commentRequired", "comment"))
                .when(!roundIds.containsAll(given.keySet()), () -> new PilotRuleException("reporting.error.foreignItem", null))
                .when(tooLong(comment) || given.values().stream().anyMatch(PeriodReportService::tooLong),
                        () -> new PilotRuleException("reporting.error.tooLong", "comment", MAX_COMMENT_LENGTH))
                .throwIfAny();
        round.forEach(item -> item.comment(given.get(item.getId())));
        report.reviewed(accept ? ReportState.ACCEPTED : ReportState.RETURNED, comment == null || comment.isBlank() ? null : comment.strip(),
                clock.instant());
        return reports.saveAndFlush(report);
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > MAX_COMMENT_LENGTH;
    }

    /** A submitted round of a report, for the lead partner's review and the history; earlier rounds keep their comments. */
    public List<ReportItem> round(long reportId, int round) {
        return items.findByReportIdAndRoundOrderByPosition(reportId, round);
    }

    /** The report for the lead partner's review page, by its id. */
    @AdministratorsOnly
    public PeriodReport forReview(long reportId) {
        return reports.findById(reportId).orElseThrow(() -> new NotFoundException("period report", reportId));
    }

    /**
     * Where each report stands, for the pilots the signed-in person works on (administrators: every pilot) and each period
     * that has begun and that the pilot's dates touch; a pilot that never started reports nothing.
     */
    public List<ReportStatus> overview() {
        LocalDate today = LocalDate.now(clock);
        List<Pilot> shown = CurrentUser.require().isAdmin() ? pilots.find(PilotFilter.ALL) : pilots.ownPilots();
        return statuses(shown, periods.findAllByOrderByStartsOnAsc().stream().filter(p -> p.hasBegun(today)).toList(), today);
    }

    /**
     * How many reports wait for the signed-in person: administrators review the submitted ones; editors prepare those of
     * periods that have ended and correct the returned ones.
     */
    public long waitingCount() {
        LocalDate today = LocalDate.now(clock);
        boolean reviews = CurrentUser.require().isAdmin();
        return overview().stream().filter(status -> reviews ? status.state() == ReportState.SUBMITTED
                : status.state() == ReportState.RETURNED || (status.state() == null || status.state() == ReportState.DRAFT)
                        && today.isAfter(status.period().getEndsOn()))
                .count();
    }

    /** A pilot's periods with whether each report was accepted, for its public page. */
    public List<ReportStatus> publicStatuses(Pilot pilot) {
        LocalDate today = LocalDate.now(clock);
        return statuses(List.of(pilot), periods.findAllByOrderByStartsOnAsc().stream().filter(p -> p.hasBegun(today)).toList(), today);
    }

    private List<ReportStatus> statuses(Collection<Pilot> shown, List<ReportingPeriod> begun, LocalDate today) {
        Map<String, PeriodReport> existing = reports.findByPilotIdIn(shown.stream().map(Pilot::getId).toList()).stream()
                .collect(Collectors.toMap(r -> r.getPilot().getId() + "/" + r.getPeriod().getId(), r -> r));
        List<ReportStatus> statuses = new ArrayList<>();
        for (ReportingPeriod period : begun) {
            for (Pilot pilot : shown) {
                if (pilot.reportsOn(period.getStartsOn(), period.getEndsOn())) {
                    statuses.add(ReportStatus.of(pilot, period, existing.get(pilot.getId() + "/" + period.getId()), today));
                }
            }
        }
        return statuses;
    }

    /** The pilots whose reports on the period are still with their editors, for the reminders. */
    List<ReportStatus> unsubmitted(ReportingPeriod period) {
        LocalDate today = LocalDate.now(clock);
        return statuses(pilots.find(PilotFilter.ALL), List.of(period), today).stream()
                .filter(status -> status.state() == null || status.state().isWithEditors()).toList();
    }
}
