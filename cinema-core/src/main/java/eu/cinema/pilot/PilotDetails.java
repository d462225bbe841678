package eu.cinema.pilot;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import eu.cinema.actor.CiDomain;
import eu.cinema.roadmap.RoadmapTheme;

/** Everything an editor states about a pilot; the form checks each value's shape first, so that only its rules ({@link Pilot#check}) meet a missing one. */
public record PilotDetails(
        String title,
        PilotKind kind,
        Set<Long> participantIds,
        boolean participantsMayEdit,
        Long cityId,
        Double longitude,
        Double latitude,
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
        String summaryLang) {
}
