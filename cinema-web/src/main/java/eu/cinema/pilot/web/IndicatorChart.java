package eu.cinema.pilot.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import eu.cinema.pilot.progress.IndicatorSeries;
import eu.cinema.pilot.progress.IndicatorValue;

/**
 * The geometry of an indicator's chart: one bar per dated value, oldest first, against a line at
 * the target, on a scale that fits both. The page draws it as SVG, with the values in a table beside.
 */
public record IndicatorChart(int width, int height, int targetY, List<Bar> bars) {

    static final int WIDTH = 320;
    static final int HEIGHT = 120;
    private static final int GAP = 4;

    /** One value's bar, in the chart's own coordinates. */
    public record Bar(int x, int y, int width, int height) {
    }

    static IndicatorChart of(IndicatorSeries series) {
        BigDecimal top = series.indicator().getTarget();
        for (IndicatorValue value : series.values()) {
            top = top.max(value.getValue());
        }
        if (top.signum() <= 0) {
            top = BigDecimal.ONE;
        }
        List<Bar> bars = new ArrayList<>();
        int count = series.values().size();
        int barWidth = count == 0 ? 0 : Math.max(4, (WIDTH - GAP * (count + 1)) / count);
        for (int i = 0; i < count; i++) {
            IndicatorValue value = series.values().get(i);
            int barHeight = scale(value.getValue().max(BigDecimal.ZERO), top);
            bars.add(new Bar(GAP + i * (barWidth + GAP), HEIGHT - barHeight, barWidth, barHeight));
        }
        return new IndicatorChart(WIDTH, HEIGHT, HEIGHT - scale(series.indicator().getTarget(), top), bars);
    }

    private static int scale(BigDecimal value, BigDecimal top) {
        return value.multiply(BigDecimal.valueOf(HEIGHT - 10)).divide(top, 0, RoundingMode.HALF_UP).intValue();
    }
}
