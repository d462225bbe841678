package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.util.List;

/** An indicator with its dated values, oldest first; {@code latest} is the last value or the baseline. */
public record IndicatorSeries(Indicator indicator, List<IndicatorValue> values) {

    public BigDecimal latest() {
        return values.isEmpty() ? indicator.getBaseline() : values.get(values.size() - 1).getValue();
    }
}
