package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import eu.cinema.pilot.PilotKind;
import eu.cinema.pilot.PilotStatus;

/**
 * The project's targets against its pilots, with totals per country and per indicator.
 *
 * @param targets    the promised number of pilots of each counted kind, started and completed so far
 * @param countries  per country code, how many pilots are in each status
 * @param indicators indicators that share a name and unit, added up across pilots
 */
public record Dashboard(List<KindTarget> targets, Map<String, Map<PilotStatus, Long>> countries,
        List<IndicatorTotal> indicators) {

    public record KindTarget(PilotKind kind, int target, long started, long completed) {
    }

    /** The latest values of one indicator across the pilots that measure it, and their targets. */
    public record IndicatorTotal(String name, String unit, long pilots, BigDecimal latest, BigDecimal target) {
    }
}
