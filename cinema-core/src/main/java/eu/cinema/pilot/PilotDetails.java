package eu.cinema.pilot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import eu.cinema.actor.CiDomain;
import eu.cinema.roadmap.RoadmapTheme;

/** Everything an editor states about a pilot; the form checks each value's shape first. */
public record PilotDetails(
        String title,
        PilotKind kind,
        Set<Long> participantIds,
        boolean participantsMayEdit,
        long cityId,
        double longitude,
        double latitude,
        Long siteId,
        RoadmapTheme theme,
        Set<CiDomain> domains,
        Set<UrbanSector> sectors,
        LocalDate startsOn,
        LocalDate endsOn,
        PilotStatus status,
        String objectives,
        BigDecimal budgetEur,
        String summary,
        String summaryLang,
        Integer manualProgress) {
}
