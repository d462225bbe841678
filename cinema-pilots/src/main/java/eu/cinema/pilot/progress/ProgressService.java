package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.account.CurrentUser;
import eu.cinema.pilot.Pilot;
import eu.cinema.pilot.PilotPermissions;
import eu.cinema.pilot.PilotRuleException;
import eu.cinema.pilot.PilotService;
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
    private final Clock clock;

    @Autowired
    ProgressService(PilotService pilots, PilotPermissions permissions, MilestoneRepository milestones,
            IndicatorRepository indicators, IndicatorValueRepository values, ProgressUpdateRepository updates, FileStorage files) {
        this(pilots, permissions, milestones, indicators, values, updates, files, Clock.systemUTC());
    }

    ProgressService(PilotService pilots, PilotPermissions permissions, MilestoneRepository milestones,
            IndicatorRepository indicators, IndicatorValueRepository values, ProgressUpdateRepository updates, FileStorage files,
            Clock clock) {
        this.pilots = pilots;
        this.permissions = permissions;
        this.milestones = milestones;
        this.indicators = indicators;
        this.values = values;
        this.updates = updates;
        this.files = files;
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
        if (dueOn.isBefore(pilot.getStartsOn()) || dueOn.isAfter(pilot.getEndsOn())) {
            throw new PilotRuleException("progress.error.milestoneOutside", "dueOn", pilot.getStartsOn(), pilot.getEndsOn());
        }
        if (weight < 1 || weight > 100) {
            throw new PilotRuleException("progress.error.weight", "weight");
        }
        return milestones.save(new Milestone(pilot, title.strip(), dueOn, weight));
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
        Map<Long, Milestone> own = milestones.findByPilotIdOrderByDueOnAscIdAsc(pilotId).stream()
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
        List<UUID> evidence = new ArrayList<>();
        for (LoggedUpdate.Evidence file : logged.evidence()) {
            evidence.add(files.store("evidence", file.name(), file.content(), EVIDENCE_KINDS, MAX_EVIDENCE_BYTES).getId());
        }
        Set<Milestone> reached = new HashSet<>();
        logged.milestonesReached().forEach(id -> reached.add(own.get(id)));
        ProgressUpdate update = updates.save(new ProgressUpdate(pilot, logged.happenedOn(), logged.narrative().strip(),
                logged.narrativeLang(), logged.published(), CurrentUser.require().getUsername(), reached, evidence));
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
        return new PilotProgress(percent(pilot, all), all, all.stream().filter(m -> m.isOverdue(today)).toList(),
                all.stream().filter(m -> !m.isDone() && !m.getDueOn().isBefore(today)).findFirst(), series, shown);
    }

    /** From the milestones' weights; for a pilot without milestones, the editor's own figure. */
    static int percent(Pilot pilot, List<Milestone> milestones) {
        if (milestones.isEmpty()) {
            return pilot.getManualProgress() == null ? 0 : pilot.getManualProgress();
        }
        int total = milestones.stream().mapToInt(Milestone::getWeight).sum();
        int done = milestones.stream().filter(Milestone::isDone).mapToInt(Milestone::getWeight).sum();
        return done * 100 / total;
    }
}
