package eu.cinema.pilot.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import eu.cinema.pilot.Pilot;

/**
 * A step of a pilot with its due date and its weight in the pilot's overall progress. It is open until an update
 * reaches it, or until its editors close it as not reached, with a reason; a pilot is completed with all its steps settled.
 */
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

    private LocalDate closedOn;

    private String closingReason;

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

    /** Closed as not reached: it will not be reached, and says why. */
    public boolean isClosed() {
        return closedOn != null;
    }

    /** Neither reached nor closed: what a pilot still has to do. */
    public boolean isOpen() {
        return !isDone() && !isClosed();
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }

    /** Days past its due date on {@code today}, for an overdue milestone. */
    public long daysOverdue(LocalDate today) {
        return ChronoUnit.DAYS.between(dueOn, today);
    }

    void close(LocalDate on, String reason) {
        this.closedOn = on;
        this.closingReason = reason;
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

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosingReason() {
        return closingReason;
    }
}
