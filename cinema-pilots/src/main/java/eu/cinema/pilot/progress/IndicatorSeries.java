package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** An indicator with its dated values, oldest first; {@code latest} is the last value or the baseline. */
public record IndicatorSeries(Indicator indicator, List<IndicatorValue> values) {

    public BigDecimal latest() {
        return values.isEmpty() ? indicator.getBaseline() : values.get(values.size() - 1).getValue();
    }

    /** How much of the target the latest value is, as a fraction ("6 of 10" is 0.6); none without a positive target. */
    public Optional<BigDecimal> shareOfTarget() {
        return shareOf(latest(), indicator.getTarget());
    }

    static Optional<BigDecimal> shareOf(BigDecimal reached, BigDecimal target) {
        return target == null || target.signum() <= 0 ? Optional.empty()
                : Optional.of(reached.divide(target, 4, RoundingMode.HALF_UP));
    }
}
