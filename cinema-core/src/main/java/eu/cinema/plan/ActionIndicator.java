package eu.cinema.plan;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How an action's success is measured: a named quantity in a unit, from a baseline to a target. */
@Embeddable
public class ActionIndicator {

    @Column(name = "name")
    private String name;

    @Column(name = "unit")
    private String unit;

    @Column(name = "baseline")
    private BigDecimal baseline;

    @Column(name = "target")
    private BigDecimal target;

    protected ActionIndicator() {
    }

    public ActionIndicator(String name, String unit, BigDecimal baseline, BigDecimal target) {
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActionIndicator that && Objects.equals(name, that.name) && Objects.equals(unit, that.unit)
                && compare(baseline, that.baseline) && compare(target, that.target);
    }

    private static boolean compare(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, unit);
    }

    @Override
    public String toString() {
        return name + " (" + unit + "): " + (baseline == null ? "—" : baseline.stripTrailingZeros().toPlainString())
                + " → " + (target == null ? "—" : target.stripTrailingZeros().toPlainString());
    }
}
