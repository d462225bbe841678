package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;

/**
 * One dated actual value of an indicator, logged with an update; its editors may correct it or withdraw it with a
 * reason. Logging only adds values, so concurrent logging never collides.
 */
@Entity
@Audited
@SQLRestriction("withdrawn_at IS NULL")
public class IndicatorValue extends ProgressEntry {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indicator indicator;

    private LocalDate measuredOn;

    private BigDecimal value;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "update_id")
    private ProgressUpdate update;

    protected IndicatorValue() {
    }

    IndicatorValue(Indicator indicator, LocalDate measuredOn, BigDecimal value, ProgressUpdate update) {
        this.indicator = indicator;
        this.measuredOn = measuredOn;
        this.value = value;
        this.update = update;
    }

    void correct(LocalDate measuredOn, BigDecimal value) {
        this.measuredOn = measuredOn;
        this.value = value;
    }

    /** The update that logged it. */
    public ProgressUpdate getUpdate() {
        return update;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }
}
