package eu.cinema.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

/** The project's facts as the project description states them; reference data, never edited. */
@Entity
@Immutable
public class Project {

    @Id
    private Short id;

    private String acronym;

    private String programme;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private BigDecimal totalValueEur;

    private BigDecimal euCofinancingEur;

    protected Project() {
    }

    public String getAcronym() {
        return acronym;
    }

    public String getProgramme() {
        return programme;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public BigDecimal getTotalValueEur() {
        return totalValueEur;
    }

    public BigDecimal getEuCofinancingEur() {
        return euCofinancingEur;
    }
}
