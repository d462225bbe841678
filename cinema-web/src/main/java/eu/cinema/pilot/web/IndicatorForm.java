package eu.cinema.pilot.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import eu.cinema.pilot.progress.Indicator;

/** A new indicator of a pilot, or a correction of one (with the version the editor saw). */
class IndicatorForm {

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotBlank
    @Size(max = 50)
    private String unit;

    @NotNull
    private BigDecimal baseline = BigDecimal.ZERO;

    @NotNull
    private BigDecimal target;

    private long version;

    /** The indicator as it is, for its correction. */
    static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        form.name = indicator.getName();
        form.unit = indicator.getUnit();
        form.baseline = indicator.getBaseline();
        form.target = indicator.getTarget();
        form.version = indicator.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
