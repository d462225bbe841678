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
        for (PilotRepository.KindStatusCount row : pilots.countByKindAndStatus()) {
            byKind.computeIfAbsent(row.kind(), k -> new EnumMap<>(PilotStatus.class)).put(row.status(), row.count());
        }
        List<Dashboard.KindTarget> kindTargets = new ArrayList<>();
        for (PilotKind kind : List.of(PilotKind.CROSS_SECTORAL_COLLABORATION, PilotKind.CI_SUPPORT_CENTRE)) {
            kindTargets.add(Dashboard.KindTarget.of(kind, COUNTED.get(kind), targets.findById(COUNTED.get(kind)).map(ProjectTarget::getTarget).orElse(0),
                    byKind.getOrDefault(kind, Map.of())));
        }
        Map<String, Map<PilotStatus, Long>> countries = new TreeMap<>();
        for (PilotRepository.CountryStatusCount row : pilots.countByCountryAndStatus()) {
            countries.computeIfAbsent(row.countryCode(), c -> new EnumMap<>(PilotStatus.class)).put(row.status(), row.count());
        }
        return new Dashboard(kindTargets, countries, indicatorTotals());
    }

    private List<Dashboard.IndicatorTotal> indicatorTotals() {
        Map<Long, BigDecimal> latest = new HashMap<>();
        values.findLatestOfEachIndicator().forEach(v -> latest.put(v.getIndicator().getId(), v.getValue()));
        return Dashboard.IndicatorTotal.addUp(indicators.findAll().stream()
                .map(indicator -> Dashboard.Measured.of(indicator.getName(), indicator.getUnit(), indicator.getBaseline(),
                        indicator.getTarget(), latest.get(indicator.getId())))
                .toList());
    }
}
