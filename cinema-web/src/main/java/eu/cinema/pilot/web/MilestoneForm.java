package eu.cinema.pilot.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


import eu.cinema.pilot.progress.Milestone;

/** A new milestone of a pilot, or a correction of one (with the version the editor saw). */
class MilestoneForm {

    @NotBlank
    @Size(max = 300)
    private String milestoneTitle;

    @NotNull
    private LocalDate dueOn;

    @NotNull
    @Min(1)
    @Max(100)
    private Integer weight = 10;

    private long version;

    /** The milestone as it is, for its correction. */
    static MilestoneForm of(Milestone milestone) {
        MilestoneForm form = new MilestoneForm();
        form.milestoneTitle = milestone.getTitle();
        form.dueOn = milestone.getDueOn();
        form.weight = (int) milestone.getWeight();
        form.version = milestone.getVersion();
        return form;
    }

    public String getMilestoneTitle() {
        return milestoneTitle;
    }

    public void setMilestoneTitle(String milestoneTitle) {
        this.milestoneTitle = milestoneTitle;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
