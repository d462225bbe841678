package eu.cinema.pilot.reporting;

import java.time.LocalDate;

import jakarta.persistence.Entity;

import eu.cinema.common.BaseEntity;

/** A stretch of the project that each pilot reports on, with the day its report is due to the lead partner. */
@Entity
public class ReportingPeriod extends BaseEntity {

    private String name;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private LocalDate dueOn;

    protected ReportingPeriod() {
    }

    ReportingPeriod(String name, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
        change(name, startsOn, endsOn, dueOn);
    }

    void change(String name, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn) {
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.dueOn = dueOn;
    }

    /** Whether the period shares a day with these. */
    public boolean touches(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }

    /** Whether the period has begun on {@code today}: only then is there anything to report. */
    public boolean hasBegun(LocalDate today) {
        return !today.isBefore(startsOn);
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}
