package eu.cinema.pilot.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


import eu.cinema.pilot.reporting.ReportingPeriod;

/** A reporting period as the lead partner defines it. */
class ReportingPeriodForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @NotNull
    private LocalDate startsOn;

    @NotNull
    private LocalDate endsOn;

    @NotNull
    private LocalDate dueOn;

    private long version;

    static ReportingPeriodForm of(ReportingPeriod period) {
        ReportingPeriodForm form = new ReportingPeriodForm();
        form.name = period.getName();
        form.startsOn = period.getStartsOn();
        form.endsOn = period.getEndsOn();
        form.dueOn = period.getDueOn();
        form.version = period.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
