package eu.cinema.pilot.progress;

import java.time.Instant;
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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.CreationTimestamp;

import eu.cinema.pilot.Pilot;

/**
 * A dated account of what happened in a pilot, with the milestones it reached and its evidence.
 * Updates are never edited: each is itself a record of who reported what, and when.
 */
@Entity
public class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @CreationTimestamp
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Pilot pilot;

    private LocalDate happenedOn;

    private String narrative;

    private String narrativeLang;

    private boolean published;

    private String author;

    @ManyToMany
    @JoinTable(name = "progress_update_milestone", joinColumns = @JoinColumn(name = "update_id"),
            inverseJoinColumns = @JoinColumn(name = "milestone_id"))
    private Set<Milestone> milestonesReached = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "progress_update_evidence", joinColumns = @JoinColumn(name = "update_id"))
    @Column(name = "file_id")
    @OrderColumn(name = "position")
    private List<UUID> evidenceIds = new ArrayList<>();

    protected ProgressUpdate() {
    }

    ProgressUpdate(Pilot pilot, LocalDate happenedOn, String narrative, String narrativeLang, boolean published,
            String author, Set<Milestone> milestonesReached, List<UUID> evidenceIds) {
        this.pilot = pilot;
        this.happenedOn = happenedOn;
        this.narrative = narrative;
        this.narrativeLang = narrativeLang;
        this.published = published;
        this.author = author;
        this.milestonesReached = new HashSet<>(milestonesReached);
        this.evidenceIds = new ArrayList<>(evidenceIds);
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
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
