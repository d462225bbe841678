package eu.cinema.pilot.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import eu.cinema.pilot.progress.IndicatorSeries;
import eu.cinema.pilot.progress.IndicatorValue;

/**
 * The geometry of an indicator's chart: one bar per dated value, oldest first, on a value axis from zero to a round
 * figure above both the values and the target, with the target as a line. The page draws it as SVG with the labels in
 * the reader's language, and the same figures in a table beside it.
 *
 * @param plotLeft   where the value axis stands; its labels are written left of it
 * @param plotBottom where the time axis runs; the dates are written under it
 * @param ticks      the value axis's marks, from zero up
 */
public record IndicatorChart(int width, int height, int plotLeft, int plotRight, int plotTop, int plotBottom, int targetY,
        List<Tick> ticks, List<Bar> bars) {

    static final int WIDTH = 360;
    static final int HEIGHT = 200;
    private static final int LEFT = 44;
    /** Room right of the plot for the target's label, level with its line and clear of the bars. */
    private static final int RIGHT = 64;
    private static final int TOP = 22;
    private static final int BOTTOM = 36;
    private static final int GAP = 6;
    private static final int MAX_BAR_WIDTH = 48;
    /** More dates than this under the axis would overlap; every n-th is written instead. */
    private static final int MAX_DATE_LABELS = 5;

    /** A mark of the value axis. */
    public record Tick(int y, BigDecimal value) {
    }

    /** One value's bar, in the chart's own coordinates; {@code dated} bars have their date written under the axis. */
    public record Bar(int x, int y, int width, int height, IndicatorValue value, boolean dated) {

        public int centre() {
            return x + width / 2;
        }
    }

    static IndicatorChart of(IndicatorSeries series) {
        BigDecimal highest = series.indicator().getTarget().max(series.indicator().getBaseline());
        for (IndicatorValue value : series.values()) {
            highest = highest.max(value.getValue());
        }
        BigDecimal top = roundUp(highest);
        int plotRight = WIDTH - RIGHT;
        int plotBottom = HEIGHT - BOTTOM;
        int plotHeight = plotBottom - TOP;
        int count = series.values().size();
        int slot = count == 0 ? 0 : (plotRight - LEFT - GAP) / count;
        int barWidth = Math.min(MAX_BAR_WIDTH, Math.max(4, slot - GAP));
        int dateEvery = Math.max(1, (count + MAX_DATE_LABELS - 1) / MAX_DATE_LABELS);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            IndicatorValue value = series.values().get(i);
            int barHeight = scale(value.getValue().max(BigDecimal.ZERO), top, plotHeight);
            int x = LEFT + GAP + i * slot + (slot - GAP - barWidth) / 2;
            bars.add(new Bar(x, plotBottom - barHeight, barWidth, barHeight, value, i % dateEvery == 0 || i == count - 1));
        }
        BigDecimal half = top.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        List<Tick> ticks = List.of(new Tick(plotBottom, BigDecimal.ZERO), new Tick(plotBottom - scale(half, top, plotHeight), half),
                new Tick(TOP, top));
        return new IndicatorChart(WIDTH, HEIGHT, LEFT, plotRight, TOP, plotBottom,
                plotBottom - scale(series.indicator().getTarget().max(BigDecimal.ZERO), top, plotHeight), ticks, bars);
    }

    /** A value as a share of the value axis, in percent: the length of its bar where bars run across the page (the PDF). */
    public int percentOfTop(BigDecimal value) {
        BigDecimal top = ticks.get(ticks.size() - 1).value();
        return value.max(BigDecimal.ZERO).multiply(BigDecimal.valueOf(100)).divide(top, 0, RoundingMode.HALF_UP).intValue();
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code value}: an axis's round top. */
    static BigDecimal roundUp(BigDecimal value) {
        if (value.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal power = BigDecimal.ONE.movePointRight(value.precision() - value.scale() - 1);
        for (String step : List.of("1", "2", "2.5", "5", "10")) {
            BigDecimal candidate = power.multiply(new BigDecimal(step));
            if (candidate.compareTo(value) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("ten times the power is always enough");
    }

    private static int scale(BigDecimal value, BigDecimal top, int plotHeight) {
        return value.multiply(BigDecimal.valueOf(plotHeight)).divide(top, 0, RoundingMode.HALF_UP).intValue();
    }
}
