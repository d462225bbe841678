package eu.cinema.matching;

import java.math.BigDecimal;
import java.time.LocalDate;

import eu.cinema.common.Position;

/**
 * What a seeker needs: around a place, within a radius; optionally a floor-area range, a highest
 * monthly rent per m², the intended use and the date the space is needed from.
 */
public record SpaceNeed(Position place, double radiusKm, BigDecimal minAreaM2, BigDecimal maxAreaM2,
        BigDecimal maxRentEurPerM2, IntendedUse use, LocalDate neededFrom) {

    public static final double MIN_RADIUS_KM = 0.1;
    public static final double MAX_RADIUS_KM = 300;

    /** Refuses what cannot be searched, naming the field, so that no query runs on nonsense. */
    public SpaceNeed {
        if (!(radiusKm >= MIN_RADIUS_KM && radiusKm <= MAX_RADIUS_KM)) {
            throw new MatchRuleException("match.error.radius", "radiusKm", MIN_RADIUS_KM, MAX_RADIUS_KM);
        }
        if (!place.isValid()) {
            throw new MatchRuleException("error.coordinates", "latitude");
        }
        if (minAreaM2 != null && maxAreaM2 != null && minAreaM2.compareTo(maxAreaM2) > 0) {
            throw new MatchRuleException("match.error.areaRange", "maxAreaM2");
        }
    }
}
