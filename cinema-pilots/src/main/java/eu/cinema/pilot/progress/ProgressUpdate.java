package eu.cinema.pilot.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.SQLRestriction;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import eu.cinema.pilot.Pilot;

/**
 * A dated account of what happened in a pilot, with the milestones it reached and its evidence. Its editors may
 * correct its date and text or withdraw it with a reason; the history keeps every version, and who reported it.
 */
@Entity
@Audited
@SQLRestriction("withdrawn_at IS NULL")
public class ProgressUpdate extends ProgressEntry {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Pilot pilot;

    private LocalDate happenedOn;

    private String narrative;

    private String narrativeLang;

    private boolean published;

    private String author;

    /** The token of the form that logged it: the same form sent twice logs one update. */
    @NotAudited
    private UUID submission;

    @ManyToMany
    @NotAudited
    @JoinTable(name = "progress_update_milestone", joinColumns = @JoinColumn(name = "update_id"),
            inverseJoinColumns = @JoinColumn(name = "milestone_id"))
    private Set<Milestone> milestonesReached = new HashSet<>();

    @ElementCollection
    @NotAudited
    @CollectionTable(name = "progress_update_evidence", joinColumns = @JoinColumn(name = "update_id"))
    @Column(name = "file_id")
    @OrderColumn(name = "position")
    private List<UUID> evidenceIds = new ArrayList<>();

    protected ProgressUpdate() {
    }

    ProgressUpdate(Pilot pilot, LocalDate happenedOn, String narrative, String narrativeLang, boolean published,
            String author, Set<Milestone> milestonesReached, List<UUID> evidenceIds, UUID submission) {
        this.pilot = pilot;
        this.submission = submission;
        this.happenedOn = happenedOn;
        this.narrative = narrative;
        this.narrativeLang = narrativeLang;
        this.published = published;
        this.author = author;
        this.milestonesReached = new HashSet<>(milestonesReached);
        this.evidenceIds = new ArrayList<>(evidenceIds);
    }

    /** A correction of what the update says; who reported it and what it reached stay as they were. */
    void correct(LocalDate happenedOn, String narrative, String narrativeLang, boolean published) {
        this.happenedOn = happenedOn;
        this.narrative = narrative;
        this.narrativeLang = narrativeLang;
        this.published = published;
    }

    public Pilot getPilot() {
        return pilot;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public String getNarrative() {
        return narrative;
    }

    public String getNarrativeLang() {
        return narrativeLang;
    }

    public boolean isPublished() {
        return published;
    }

    public String getAuthor() {
        return author;
    }

    public Set<Milestone> getMilestonesReached() {
        return Set.copyOf(milestonesReached);
    }

    public List<UUID> getEvidenceIds() {
        return List.copyOf(evidenceIds);
    }
}
