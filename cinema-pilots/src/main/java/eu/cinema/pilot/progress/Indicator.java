package eu.cinema.pilot.progress;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import eu.cinema.pilot.Pilot;

/**
 * Something a pilot measures, from a baseline towards a target. Pilots that use the same name and
 * unit (start-ups supported, jobs created, …) are added up on the dashboard.
 */
@Entity
@Audited
@SQLRestriction("withdrawn_at IS NULL")
public class Indicator extends ProgressEntry {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Pilot pilot;

    private String name;

    private String unit;

    private BigDecimal baseline;

    private BigDecimal target;

    protected Indicator() {
    }

    Indicator(Pilot pilot, String name, String unit, BigDecimal baseline, BigDecimal target) {
        this.pilot = pilot;
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
    }

    void correct(String name, String unit, BigDecimal baseline, BigDecimal target) {
        this.name = name;
        this.unit = unit;
        this.baseline = baseline;
        this.target = target;
    }

    public Pilot getPilot() {
        return pilot;
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
}
