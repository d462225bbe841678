package eu.cinema.project;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.hibernate.annotations.Immutable;

@Entity
@Immutable
public class ProjectTarget {

    @Id
    @Enumerated(EnumType.STRING)
    private TargetCode code;

    private int target;

    private short sortOrder;

    protected ProjectTarget() {
    }

    public TargetCode getCode() {
        return code;
    }

    public int getTarget() {
        return target;
    }

    public short getSortOrder() {
        return sortOrder;
    }
}
