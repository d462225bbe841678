package eu.cinema.pilot.progress;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import eu.cinema.pilot.Pilot;

/** A step of a pilot with its due date and its weight in the pilot's overall progress. */
@Entity
@Audited
@SQLRestriction("withdrawn_at IS NULL")
public class Milestone extends ProgressEntry {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Pilot pilot;

    private String title;

    private LocalDate dueOn;

    private LocalDate doneOn;

    private short weight;

    protected Milestone() {
    }

    Milestone(Pilot pilot, String title, LocalDate dueOn, int weight) {
        this.pilot = pilot;
        this.title = title;
        this.dueOn = dueOn;
        this.weight = (short) weight;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public boolean isOverdue(LocalDate today) {
        return !isDone() && dueOn.isBefore(today);
    }

    /** When the updates that stand reached it, or null: an update corrected or withdrawn moves it. */
    void reachedOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    void correct(String title, LocalDate dueOn, int weight) {
        this.title = title;
        this.dueOn = dueOn;
        this.weight = (short) weight;
    }

    public Pilot getPilot() {
        return pilot;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public short getWeight() {
        return weight;
    }
}
