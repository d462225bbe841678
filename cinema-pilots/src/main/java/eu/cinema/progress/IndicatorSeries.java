package eu.cinema.progress;

import java.math.BigDecimal;
import java.util.List;

/** An indicator with its dated values, oldest first; {@code latest} is the last value or the baseline. */
public record IndicatorSeries(Indicator indicator, List<IndicatorValue> values) {

    public BigDecimal latest() {
        return values.isEmpty() ? indicator.getBaseline() : values.get(values.size() - 1).getValue();
    }

    /** How far the latest value has come from the baseline towards the target, 0 to 100. */
    public int percentOfTarget() {
        BigDecimal span = indicator.getTarget().subtract(indicator.getBaseline());
        if (span.signum() == 0) {
            return 100;
        }
        int percent = latest().subtract(indicator.getBaseline()).multiply(BigDecimal.valueOf(100))
                .divide(span, java.math.RoundingMode.HALF_UP).intValue();
        return Math.max(0, Math.min(100, percent));
    }
}
