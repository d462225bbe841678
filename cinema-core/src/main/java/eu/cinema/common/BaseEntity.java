package eu.cinema.common;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.envers.NotAudited;

/**
 * Identity, optimistic locking and timestamps for every editable aggregate. The timestamps are
 * left out of the audit history because the revision already records when a change happened.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @CreationTimestamp
    @NotAudited
    @Column(updatable = false)
    private Instant createdAt;

    @UpdateTimestamp
    @NotAudited
    private Instant updatedAt;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /**
     * Refuses an edit that was prepared against an older version of this entity, so that a
     * concurrent change is never silently overwritten.
     */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new StaleEditException(getClass().getSimpleName(), id, expectedVersion, version);
        }
    }
}
