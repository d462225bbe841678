package eu.cinema.storage;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;

import org.hibernate.annotations.CreationTimestamp;

/** A file's bytes and what was learnt of it on upload; immutable once stored. */
@Entity
public class StoredFile {

    @Id
    private UUID id;

    private String filename;

    private String contentType;

    private long sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "bytea")
    private byte[] content;

    @CreationTimestamp
    private Instant createdAt;

    protected StoredFile() {
    }

    StoredFile(String filename, String contentType, byte[] content) {
        this.id = UUID.randomUUID();
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = content.length;
        this.content = content;
    }

    public UUID getId() {
        return id;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }
}
