package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.common.NotFoundException;
import eu.cinema.common.Refusals;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotPermissions;
import eu.cinema.pilot.PilotRuleException;
import eu.cinema.pilot.PilotService;
import eu.cinema.pilot.PilotStatus;
import eu.cinema.storage.FileKind;
import eu.cinema.storage.FileStorage;
import eu.cinema.storage.StoredFile;

/**
 * Logging a pilot's progress: milestones, indicators and dated updates with evidence. Only the
 * pilot's editors (checked by {@link PilotService#getForEditing}) change anything.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    public static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;
    private static final Set<FileKind> EVIDENCE_KINDS = Set.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.WEBP);

    private final PilotService pilots;
    private final PilotPermissions permissions;
    private final MilestoneRepository milestones;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final ProgressUpdateRepository updates;
    private final FileStorage files;
    private final JdbcClient jdbc;
    private final Clock clock;

    @Autowired
    ProgressService(PilotService pilots, PilotPermissions permissions, MilestoneRepository milestones,
            IndicatorRepository indicators, IndicatorValueRepository values, ProgressUpdateRepository updates, FileStorage files,
            JdbcClient jdbc) {
        this(pilots, permissions, milestones, indicators, values, updates, files, jdbc, Clock.systemUTC());
    }

    ProgressService(PilotService pilots, PilotPermissions permissions, MilestoneRepository milestones,
            IndicatorRepository indicators, IndicatorValueRepository values, ProgressUpdateRepository updates, FileStorage files,
            JdbcClient jdbc, Clock clock) {
        this.pilots = pilots;
        this.permissions = permissions;
        this.milestones = milestones;
        this.indicators = indicators;
        this.values = values;
        this.updates = updates;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The progress as the public sees it: published updates only. */
    public PilotProgress publicProgress(Pilot pilot) {
        return progress(pilot, false);
    }

    /** The progress as the pilot's editors see it, internal updates included. */
    public PilotProgress editorsProgress(Pilot pilot) {
        return progress(pilots.getForEditing(pilot.getId()), true);
    }

    @Transactional
    public Milestone addMilestone(long pilotId, String title, LocalDate dueOn, int weight) {
        Pilot pilot = pilots.getForEditing(pilotId);
        checkMilestone(pilot, dueOn, weight);
        return milestones.save(new Milestone(pilot, title.strip(), dueOn, weight));
    }

    private static void checkMilestone(Pilot pilot, LocalDate dueOn, int weight) {
        new Refusals()
                .when(dueOn.isBefore(pilot.getStartsOn()) || dueOn.isAfter(pilot.getEndsOn()),
                        () -> new PilotRuleException("progress.error.milestoneOutside", "dueOn", pilot.getStartsOn(), pilot.getEndsOn()))
                .when(weight < 1 || weight > 100, () -> new PilotRuleException("progress.error.weight", "weight"))
                .throwIfAny();
    }

    @Transactional
    public Indicator addIndicator(long pilotId, String name, String unit, BigDecimal baseline, BigDecimal target) {
        Pilot pilot = pilots.getForEditing(pilotId);
        if (indicators.existsByPilotIdAndNameIgnoreCase(pilotId, name.strip())) {
            throw new PilotRuleException("progress.error.indicatorTaken", "name");
        }
        return indicators.save(new Indicator(pilot, name.strip(), unit.strip(), baseline, target));
    }

    /**
     * Records an update. Updates and values are only ever added and milestones are marked reached
     * without a version check, so two editors logging at the same moment both land.
     */
    @Transactional
    public ProgressUpdate log(long pilotId, LoggedUpdate logged) {
        Pilot pilot = pilots.getForEditing(pilotId);
        // The same form sent twice (a double click, a reload) is the update it already logged.
        Optional<ProgressUpdate> earlier = logged.submission() == null ? Optional.empty() : updates.findBySubmission(logged.submission());
        if (earlier.isPresent() && earlier.get().getPilot().getId() == pilotId) {
            return earlier.get();
        }
        // A milestone closed as not reached is not reached later by accident.
        Map<Long, Milestone> own = milestones.findByPilotIdOrderByDueOnAscIdAsc(pilotId).stream().filter(m -> !m.isClosed())
                .collect(Collectors.toMap(Milestone::getId, m -> m));
        Map<Long, Indicator> ownIndicators = indicators.findByPilotIdOrderByNameAsc(pilotId).stream()
                .collect(Collectors.toMap(Indicator::getId, i -> i));
        if (!own.keySet().containsAll(logged.milestonesReached())) {
            throw new PilotRuleException("progress.error.foreignMilestone", "milestonesReached");
        }
        if (!ownIndicators.keySet().containsAll(logged.indicatorValues().keySet())) {
            throw new PilotRuleException("progress.error.foreignIndicator", "indicatorValues");
        }
        if (logged.happenedOn().isAfter(LocalDate.now(clock))) {
            throw new PilotRuleException("progress.error.future", "happenedOn");
        }
        // A planned pilot has no progress: it starts running before it reaches anything.
        if (pilot.getStatus() == PilotStatus.PLANNED && !logged.milestonesReached().isEmpty()) {
            throw new PilotRuleException("progress.error.plannedReached", "milestonesReached");
        }
        List<UUID> evidence = new ArrayList<>();
        for (LoggedUpdate.Evidence file : logged.evidence()) {
            evidence.add(files.store("evidence", file.name(), file.content(), EVIDENCE_KINDS, MAX_EVIDENCE_BYTES).getId());
        }
        Set<Milestone> reached = new HashSet<>();
        logged.milestonesReached().forEach(id -> reached.add(own.get(id)));
        ProgressUpdate update = updates.save(new ProgressUpdate(pilot, logged.happenedOn(), logged.narrative().strip(),
                logged.narrativeLang(), logged.published(), CurrentUser.require().getUsername(), reached, evidence, logged.submission()));
        if (!reached.isEmpty()) {
            milestones.markReached(logged.milestonesReached(), logged.happenedOn());
        }
        // An indicator left empty in the form was simply not measured this time.
        logged.indicatorValues().forEach((id, value) -> {
            if (value != null) {
                values.save(new IndicatorValue(ownIndicators.get(id), logged.happenedOn(), value, update));
            }
        });
        return update;
    }

    /** An update of the pilot, for its editors to correct; another pilot's, or a withdrawn one, is not found. */
    public ProgressUpdate updateForEditing(long pilotId, long updateId) {
        pilots.getForEditing(pilotId);
        return updates.findById(updateId).filter(update -> update.getPilot().getId() == pilotId)
                .orElseThrow(() -> new NotFoundException("progress update", updateId));
    }

    /** The indicator values an update logged, for its correction page. */
    public List<IndicatorValue> valuesOf(ProgressUpdate update) {
        return values.findByUpdateIdOrderById(update.getId());
    }

    public Milestone milestoneForEditing(long pilotId, long milestoneId) {
        pilots.getForEditing(pilotId);
        return milestones.findById(milestoneId).filter(milestone -> milestone.getPilot().getId() == pilotId)
                .orElseThrow(() -> new NotFoundException("milestone", milestoneId));
    }

    public Indicator indicatorForEditing(long pilotId, long indicatorId) {
        pilots.getForEditing(pilotId);
        return indicators.findById(indicatorId).filter(indicator -> indicator.getPilot().getId() == pilotId)
                .orElseThrow(() -> new NotFoundException("indicator", indicatorId));
    }

    /**
     * Corrects what an update says and the values it logged (by id; a value left empty is as it was); its values and the
     * milestones it reached move with its date.
     */
    @Transactional
    public ProgressUpdate correctUpdate(long pilotId, long updateId, long expectedVersion, UpdateCorrection correction) {
        ProgressUpdate update = updateForEditing(pilotId, updateId);
        update.requireVersion(expectedVersion);
        new Refusals()
                .when(correction.happenedOn().isAfter(LocalDate.now(clock)), () -> new PilotRuleException("progress.error.future", "happenedOn"))
                .when(correction.narrative() == null || correction.narrative().isBlank(),
                        () -> new PilotRuleException("progress.error.narrative", "narrative"))
                .throwIfAny();
        update.correct(correction.happenedOn(), correction.narrative().strip(), correction.narrativeLang(), correction.published());
        for (IndicatorValue value : values.findByUpdateIdOrderById(updateId)) {
            value.correct(correction.happenedOn(), correction.values().getOrDefault(value.getId(), value.getValue()));
        }
        updates.saveAndFlush(update);
        settle(update.getMilestonesReached());
        return update;
    }

    /** Withdraws an update with the values it logged; the milestones it alone reached are open again. */
    @Transactional
    public void withdrawUpdate(long pilotId, long updateId, long expectedVersion, String reason) {
        ProgressUpdate update = updateForEditing(pilotId, updateId);
        update.requireVersion(expectedVersion);
        String by = withdrawer(reason);
        values.findByUpdateIdOrderById(updateId).forEach(value -> value.withdraw(by, reason.strip(), clock.instant()));
        update.withdraw(by, reason.strip(), clock.instant());
        updates.saveAndFlush(update);
        settle(update.getMilestonesReached());
    }

    @Transactional
    public void withdrawValue(long pilotId, long valueId, long expectedVersion, String reason) {
        IndicatorValue value = values.findById(valueId).filter(v -> v.getIndicator().getPilot().getId() == pilotId)
                .orElseThrow(() -> new NotFoundException("indicator value", valueId));
        pilots.getForEditing(pilotId);
        value.requireVersion(expectedVersion);
        value.withdraw(withdrawer(reason), reason.strip(), clock.instant());
        values.saveAndFlush(value);
    }

    @Transactional
    public Milestone correctMilestone(long pilotId, long milestoneId, long expectedVersion, String title, LocalDate dueOn, int weight) {
        Milestone milestone = milestoneForEditing(pilotId, milestoneId);
        milestone.requireVersion(expectedVersion);
        checkMilestone(milestone.getPilot(), dueOn, weight);
        milestone.correct(title.strip(), dueOn, weight);
        return milestones.saveAndFlush(milestone);
    }

    /**
     * Closes an open milestone as not reached, with the reason: it still counts in the pilot's progress (as not reached),
     * and no longer stands between the pilot and its completion.
     */
    @Transactional
    public void closeMilestone(long pilotId, long milestoneId, long expectedVersion, String reason) {
        Milestone milestone = milestoneForEditing(pilotId, milestoneId);
        milestone.requireVersion(expectedVersion);
        requireReason(reason, "closingReason");
        if (!milestone.isOpen()) {
            throw new PilotRuleException("progress.error.milestoneSettled", "closingReason");
        }
        milestone.close(LocalDate.now(clock), reason.strip());
        milestones.saveAndFlush(milestone);
    }

    /** A withdrawn milestone no longer counts towards progress, and no update reaches it any more. */
    @Transactional
    public void withdrawMilestone(long pilotId, long milestoneId, long expectedVersion, String reason) {
        Milestone milestone = milestoneForEditing(pilotId, milestoneId);
        milestone.requireVersion(expectedVersion);
        milestone.withdraw(withdrawer(reason), reason.strip(), clock.instant());
        milestones.saveAndFlush(milestone);
    }

    @Transactional
    public Indicator correctIndicator(long pilotId, long indicatorId, long expectedVersion, String name, String unit, BigDecimal baseline,
            BigDecimal target) {
        Indicator indicator = indicatorForEditing(pilotId, indicatorId);
        indicator.requireVersion(expectedVersion);
        indicator.correct(name.strip(), unit.strip(), baseline, target);
        return indicators.saveAndFlush(indicator);
    }

    /** Withdraws an indicator with all its values: it was not what the pilot measures. */
    @Transactional
    public void withdrawIndicator(long pilotId, long indicatorId, long expectedVersion, String reason) {
        Indicator indicator = indicatorForEditing(pilotId, indicatorId);
        indicator.requireVersion(expectedVersion);
        String by = withdrawer(reason);
        values.findByIndicatorId(indicatorId).forEach(value -> value.withdraw(by, reason.strip(), clock.instant()));
        indicator.withdraw(by, reason.strip(), clock.instant());
        indicators.saveAndFlush(indicator);
    }

    /** The one who withdraws, once the reason is there to keep. */
    private static String withdrawer(String reason) {
        requireReason(reason, "reason");
        return CurrentUser.require().getUsername();
    }

    private static void requireReason(String reason, String field) {
        if (reason == null || reason.isBlank()) {
            throw new PilotRuleException("progress.error.reasonRequired", field);
        }
        if (reason.strip().length() > Withdrawal.MAX_REASON_LENGTH) {
            throw new PilotRuleException("progress.error.reasonTooLong", field, Withdrawal.MAX_REASON_LENGTH);
        }
    }

    /** Each milestone is reached on the first date an update that stands reached it, or is open. */
    private void settle(Set<Milestone> reached) {
        reached.forEach(milestone -> milestone.reachedOn(milestones.firstReachedOn(milestone.getId()).orElse(null)));
    }

    /**
     * The pilot's withdrawn entries, newest first, for its editors. Withdrawn rows are hidden from every entity query (and
     * from the audit history, which shares the restriction), so they are read here in SQL.
     */
    public List<WithdrawnEntry> withdrawnEntries(long pilotId) {
        pilots.getForEditing(pilotId);
        return jdbc.sql("""
                SELECT 'update' AS kind, narrative AS subject, withdrawn_at, withdrawn_by, withdrawal_reason
                FROM progress_update WHERE pilot_id = :pilot AND withdrawn_at IS NOT NULL
                UNION ALL
                SELECT 'milestone', title, withdrawn_at, withdrawn_by, withdrawal_reason
                FROM milestone WHERE pilot_id = :pilot AND withdrawn_at IS NOT NULL
                UNION ALL
                SELECT 'indicator', name, withdrawn_at, withdrawn_by, withdrawal_reason
                FROM indicator WHERE pilot_id = :pilot AND withdrawn_at IS NOT NULL
                UNION ALL
                SELECT 'value', i.name || ': ' || v.value::text, v.withdrawn_at, v.withdrawn_by, v.withdrawal_reason
                FROM indicator_value v JOIN indicator i ON i.id = v.indicator_id
                WHERE i.pilot_id = :pilot AND v.withdrawn_at IS NOT NULL
                ORDER BY withdrawn_at DESC""")
                .param("pilot", pilotId)
                .query((row, n) -> new WithdrawnEntry(row.getString("kind"), row.getString("subject"),
                        row.getTimestamp("withdrawn_at").toInstant(), row.getString("withdrawn_by"), row.getString("withdrawal_reason")))
                .list();
    }

    /** The evidence files of these updates, by update, in their order: names, types and sizes, not the content. */
    public Map<Long, List<EvidenceFile>> evidenceOf(Collection<Long> updateIds) {
        if (updateIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                SELECT e.update_id, e.position, f.filename, f.content_type, f.size_bytes
                FROM progress_update_evidence e JOIN stored_file f ON f.id = e.file_id
                WHERE e.update_id IN (:updates) ORDER BY e.update_id, e.position""")
                .param("updates", updateIds)
                .query((row, n) -> new EvidenceFile(row.getLong("update_id"), row.getInt("position"), row.getString("filename"),
                        row.getString("content_type"), row.getLong("size_bytes")))
                .list().stream().collect(Collectors.groupingBy(EvidenceFile::updateId, LinkedHashMap::new, Collectors.toList()));
    }

    /** A pilot's updates in a period, internal ones included, oldest first, for its editors' period report. */
    public List<ProgressUpdate> updatesBetween(long pilotId, LocalDate from, LocalDate to) {
        pilots.getForEditing(pilotId);
        return updates.findByPilotIdOrderByHappenedOnDescIdDesc(pilotId).stream()
                .filter(update -> !update.getHappenedOn().isBefore(from) && !update.getHappenedOn().isAfter(to))
                .sorted(Comparator.comparing(ProgressUpdate::getHappenedOn).thenComparing(ProgressUpdate::getId)).toList();
    }

    /** The indicator values these updates logged, by update. */
    public Map<Long, List<IndicatorValue>> valuesOfUpdates(Collection<Long> updateIds) {
        return updateIds.isEmpty() ? Map.of()
                : values.findByUpdateIdInOrderById(updateIds).stream().collect(Collectors.groupingBy(v -> v.getUpdate().getId()));
    }

    /** An evidence file of a pilot's update, for whoever may see that update. */
    public Optional<StoredFile> evidence(long pilotId, long updateId, int index) {
        return updates.findById(updateId)
                .filter(update -> update.getPilot().getId() == pilotId)
                .filter(update -> update.isPublished() || permissions.mayEdit(update.getPilot()))
                .filter(update -> index >= 0 && index < update.getEvidenceIds().size())
                .flatMap(update -> files.find(update.getEvidenceIds().get(index)));
    }

    private PilotProgress progress(Pilot pilot, boolean internal) {
        LocalDate today = LocalDate.now(clock);
        List<Milestone> all = milestones.findByPilotIdOrderByDueOnAscIdAsc(pilot.getId());
        List<IndicatorValue> allValues = values.findByIndicatorPilotIdOrderByMeasuredOnAscIdAsc(pilot.getId());
        List<IndicatorSeries> series = indicators.findByPilotIdOrderByNameAsc(pilot.getId()).stream()
                .map(indicator -> new IndicatorSeries(indicator, allValues.stream()
                        .filter(v -> v.getIndicator().getId().equals(indicator.getId())).toList()))
                .toList();
        List<ProgressUpdate> shown = updates.findByPilotIdOrderByHappenedOnDescIdDesc(pilot.getId()).stream()
                .filter(update -> internal || update.isPublished()).toList();
        // A completed or cancelled pilot has nothing left to be late with.
        boolean underway = pilot.getStatus() == PilotStatus.PLANNED || pilot.getStatus() == PilotStatus.RUNNING;
        Integer percent = percentages(List.of(pilot)).get(pilot.getId());
        return new PilotProgress(percent == null ? OptionalInt.empty() : OptionalInt.of(percent), all,
                underway ? all.stream().filter(m -> m.isOverdue(today)).toList() : List.of(),
                all.stream().filter(m -> m.isOpen() && !m.getDueOn().isBefore(today)).findFirst(), series, shown, today);
    }

    /**
     * The progress of each of these pilots that has one, by pilot id, in one query: for lists, the dashboard and feeds.
     * Its one meaning (the weight of the milestones reached in all their weight; none for a planned pilot or one without
     * milestones) is the database function {@code pilot_progress}, which the map's retail layer reads too.
     */
    public Map<Long, Integer> percentages(Collection<Pilot> shown) {
        if (shown.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> percentages = new HashMap<>();
        jdbc.sql("SELECT id, pilot_progress(id) AS percent FROM pilot WHERE id IN (:ids)")
                .param("ids", shown.stream().map(Pilot::getId).toList())
                .query((row, n) -> row.getObject("percent") == null ? null : Map.entry(row.getLong("id"), row.getInt("percent")))
                .list().stream().filter(Objects::nonNull).forEach(entry -> percentages.put(entry.getKey(), entry.getValue()));
        return percentages;
    }
}
