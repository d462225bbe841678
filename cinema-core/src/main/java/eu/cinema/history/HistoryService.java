package eu.cinema.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import eu.cinema.common.BaseEntity;

/**
 * Reads an entity's audit trail and turns consecutive snapshots into field-by-field changes.
 * Any {@code @Audited} entity gets a history this way; features add no code of their own.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    private static final List<String> UNTRACKED = List.of("id", "version", "createdAt", "updatedAt");

    private final EntityManager entityManager;

    HistoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first. */
    public <T extends BaseEntity> List<HistoryEntry> historyOf(Class<T> type, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<String> fields = trackedFields(type);
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object[] row : revisions) {
            Object snapshot = row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            entries.add(new HistoryEntry(revision.getAt(), revision.getActor(), kindOf(revisionType),
                    revisionType == RevisionType.DEL ? List.of() : changes(fields, previous, snapshot)));
            previous = snapshot;
        }
        Collections.reverse(entries);
        return entries;
    }

    private List<String> trackedFields(Class<?> type) {
        EntityType<?> entity = entityManager.getMetamodel().entity(type);
        return entity.getAttributes().stream()
                .filter(attribute -> attribute instanceof SingularAttribute<?, ?>)
                .map(Attribute::getName)
                .filter(name -> !UNTRACKED.contains(name))
                .filter(name -> isAudited(type, name))
                .sorted()
                .toList();
    }

    private static boolean isAudited(Class<?> type, String field) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                return !c.getDeclaredField(field).isAnnotationPresent(NotAudited.class);
            } catch (NoSuchFieldException notHere) {
                // declared further up the hierarchy
            }
        }
        return false;
    }

    private List<HistoryEntry.FieldChange> changes(List<String> fields, Object before, Object after) {
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before == null ? null : describe(before, field);
            String now = describe(after, field);
            if (!Objects.equals(old, now)) {
                changes.add(new HistoryEntry.FieldChange(field, old, now));
            }
        }
        return changes;
    }

    /** Related entities are described by their identifier, which an audit snapshot always carries. */
    private String describe(Object snapshot, String field) {
        Object value = new BeanWrapperImpl(snapshot).getPropertyValue(field);
        if (value == null) {
            return null;
        }
        if (Hibernate.getClassLazy(value).isAnnotationPresent(Entity.class)) {
            return String.valueOf(entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(value));
        }
        return value.toString();
    }

    private static HistoryEntry.Kind kindOf(RevisionType type) {
        return switch (type) {
            case ADD -> HistoryEntry.Kind.CREATED;
            case MOD -> HistoryEntry.Kind.CHANGED;
            case DEL -> HistoryEntry.Kind.DELETED;
        };
    }
}
