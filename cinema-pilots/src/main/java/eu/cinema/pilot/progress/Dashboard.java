package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import eu.cinema.pilot.PilotKind;
import eu.cinema.pilot.PilotStatus;
import eu.cinema.project.TargetCode;

/**
 * The project's targets against its pilots, with totals per country and per indicator.
 *
 * @param targets    the promised number of pilots of each counted kind, started and completed so far
 * @param countries  per country code, how many pilots are in each status
 * @param indicators indicators that share a name and unit, added up across pilots
 */
public record Dashboard(List<KindTarget> targets, Map<String, Map<PilotStatus, Long>> countries,
        List<IndicatorTotal> indicators) {

    /** {@code started} counts the running and the completed pilots of the kind. */
    public record KindTarget(PilotKind kind, TargetCode code, int target, long started, long completed) {

        static KindTarget of(PilotKind kind, TargetCode code, int target, Map<PilotStatus, Long> countsByStatus) {
            long completed = countsByStatus.getOrDefault(PilotStatus.COMPLETED, 0L);
            return new KindTarget(kind, code, target, completed + countsByStatus.getOrDefault(PilotStatus.RUNNING, 0L), completed);
        }

        /** The share of the promised pilots that started, as a fraction. */
        public Optional<BigDecimal> shareStarted() {
            return IndicatorSeries.shareOf(BigDecimal.valueOf(started), BigDecimal.valueOf(target));
        }
    }

    /** The latest values of one indicator across the pilots that measure it, and their targets. */
    public record IndicatorTotal(String name, String unit, long pilots, BigDecimal latest, BigDecimal target) {

        /** The share of the added-up target reached, as a fraction. */
        public Optional<BigDecimal> share() {
            return IndicatorSeries.shareOf(latest, target);
        }

        /**
         * Adds up the pilots' indicators that share a name (in any letter case) and a unit, in the order of their
         * names; each counts its latest value.
         */
        static List<IndicatorTotal> addUp(List<Measured> indicators) {
            Map<String, IndicatorTotal> totals = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (Measured indicator : indicators) {
                totals.merge(indicator.name() + "\u0000" + indicator.unit(),
                        new IndicatorTotal(indicator.name(), indicator.unit(), 1, indicator.latest(), indicator.target()),
                        (sum, one) -> new IndicatorTotal(sum.name(), sum.unit(), sum.pilots() + 1, sum.latest().add(one.latest()),
                                sum.target().add(one.target())));
            }
            return List.copyOf(totals.values());
        }
    }

    /** One pilot's indicator: its latest value, or its baseline while it has measured nothing yet. */
    record Measured(String name, String unit, BigDecimal latest, BigDecimal target) {

        static Measured of(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal latestOrNull) {
            return new Measured(name, unit, latestOrNull == null ? baseline : latestOrNull, target);
        }
    }
}
