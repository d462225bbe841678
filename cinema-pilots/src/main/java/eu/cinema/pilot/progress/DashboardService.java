package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.pilot.PilotKind;
import eu.cinema.pilot.PilotRepository;
import eu.cinema.pilot.PilotStatus;
import eu.cinema.project.ProjectTarget;
import eu.cinema.project.ProjectTargetRepository;
import eu.cinema.project.TargetCode;

/** Adds up the pilots for the public dashboard. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    private static final Map<PilotKind, TargetCode> COUNTED = Map.of(
            PilotKind.CROSS_SECTORAL_COLLABORATION, TargetCode.CROSS_SECTORAL_COLLABORATIONS,
            PilotKind.CI_SUPPORT_CENTRE, TargetCode.CI_SUPPORT_CENTRES);

    private final PilotRepository pilots;
    private final ProjectTargetRepository targets;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;

    DashboardService(PilotRepository pilots, ProjectTargetRepository targets, IndicatorRepository indicators,
            IndicatorValueRepository values) {
        this.pilots = pilots;
        this.targets = targets;
        this.indicators = indicators;
        this.values = values;
    }

    public Dashboard dashboard() {
        Map<PilotKind, Map<PilotStatus, Long>> byKind = new EnumMap<>(PilotKind.class);
        for (Object[] row : pilots.countByKindAndStatus()) {
            byKind.computeIfAbsent((PilotKind) row[0], k -> new EnumMap<>(PilotStatus.class)).put((PilotStatus) row[1], (Long) row[2]);
        }
        List<Dashboard.KindTarget> kindTargets = new ArrayList<>();
        for (PilotKind kind : List.of(PilotKind.CROSS_SECTORAL_COLLABORATION, PilotKind.CI_SUPPORT_CENTRE)) {
            Map<PilotStatus, Long> counts = byKind.getOrDefault(kind, Map.of());
            long completed = counts.getOrDefault(PilotStatus.COMPLETED, 0L);
            kindTargets.add(new Dashboard.KindTarget(kind, targets.findById(COUNTED.get(kind)).map(ProjectTarget::getTarget).orElse(0),
                    completed + counts.getOrDefault(PilotStatus.RUNNING, 0L), completed));
        }
        Map<String, Map<PilotStatus, Long>> countries = new TreeMap<>();
        for (Object[] row : pilots.countByCountryAndStatus()) {
            countries.computeIfAbsent((String) row[0], c -> new EnumMap<>(PilotStatus.class)).put((PilotStatus) row[1], (Long) row[2]);
        }
        return new Dashboard(kindTargets, countries, indicatorTotals());
    }

    /** Indicators are added up by name and unit; a pilot that measured nothing yet counts its baseline. */
    private List<Dashboard.IndicatorTotal> indicatorTotals() {
        Map<Long, BigDecimal> latest = new HashMap<>();
        values.findLatestOfEachIndicator().forEach(v -> latest.put(v.getIndicator().getId(), v.getValue()));
        Map<String, Dashboard.IndicatorTotal> totals = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Indicator indicator : indicators.findAll()) {
            String key = indicator.getName() + "\u0000" + indicator.getUnit();
            BigDecimal value = latest.getOrDefault(indicator.getId(), indicator.getBaseline());
            Dashboard.IndicatorTotal sum = totals.get(key);
            totals.put(key, sum == null
                    ? new Dashboard.IndicatorTotal(indicator.getName(), indicator.getUnit(), 1, value, indicator.getTarget())
                    : new Dashboard.IndicatorTotal(sum.name(), sum.unit(), sum.pilots() + 1, sum.latest().add(value),
                            sum.target().add(indicator.getTarget())));
        }
        return List.copyOf(totals.values());
    }
}
