package eu.cinema.toolkit;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A stored file of a tool card with its role and the label readers see. */
@Embeddable
public class ToolFile {

    @Column(name = "file_id")
    private UUID fileId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private ToolFileRole role;

    @Column(name = "label")
    private String label;

    protected ToolFile() {
    }

    ToolFile(UUID fileId, ToolFileRole role, String label) {
        this.fileId = fileId;
        this.role = role;
        this.label = label;
    }

    public UUID getFileId() {
        return fileId;
    }

    public ToolFileRole getRole() {
        return role;
    }

    public String getLabel() {
        return label;
    }

    public boolean isImpression() {
        return role != ToolFileRole.DOWNLOAD;
    }
}
