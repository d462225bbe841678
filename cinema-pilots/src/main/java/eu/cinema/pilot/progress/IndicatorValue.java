package eu.cinema.pilot.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One dated actual value of an indicator; values are only ever added, so concurrent logging never collides. */
@Entity
public class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

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

    public Long getId() {
        return id;
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
