package eu.cinema.history;

import java.math.BigDecimal;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.hibernate.Hibernate;
import org.hibernate.ObjectNotFoundException;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditConjunction;
import org.hibernate.envers.query.criteria.AuditCriterion;
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

    /**
     * Bookkeeping, and the parent an entity belongs to from its creation on: nothing a reader follows. A progress
     * entry's withdrawal never shows here: the entity's restriction hides its withdrawn revisions from audit queries
     * too, so its pages list withdrawals on their own.
     */
    private static final List<String> UNTRACKED = List.of("id", "version", "createdAt", "updatedAt", "actionKey", "plan", "planVersion",
            "update", "pilot", "withdrawal");

    /** The property that names a referenced entity: the first of these it has. */
    private static final List<String> NAMES = List.of("title", "name", "nameEn", "displayName", "code");

    private final EntityManager entityManager;

    HistoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first. */
    public <T extends BaseEntity> List<HistoryEntry> historyOf(Class<T> type, long id) {
        return entriesOf(type, AuditEntity.id().eq(id), false);
    }

    /**
     * The history of every entity of a type that belongs to one parent through {@code parentRelation},
     * those deleted or withdrawn since included, newest first; each entry names its subject as references are named.
     */
    public <T extends BaseEntity> List<HistoryEntry> historyOfAll(Class<T> type, String parentRelation, long parentId) {
        return entriesOf(type, AuditEntity.relatedId(parentRelation).eq(parentId), true);
    }

    /** The history of every entity of a type whose properties have these values (the translations of one item), newest first. */
    public <T extends BaseEntity> List<HistoryEntry> historyWhere(Class<T> type, Map<String, Object> values) {
        AuditConjunction all = AuditEntity.conjunction();
        values.forEach((property, value) -> all.add(AuditEntity.property(property).eq(value)));
        return entriesOf(type, all, false);
    }

    private <T extends BaseEntity> List<HistoryEntry> entriesOf(Class<T> type, AuditCriterion criterion, boolean withSubject) {
        @SuppressWarnings("unchecked")
        List<Object[]> revisions = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<String> fields = trackedFields(type);
        List<HistoryEntry> entries = new ArrayList<>();
        Map<Object, Object> previousById = new HashMap<>();
        for (Object[] row : revisions) {
            Object snapshot = row[0];
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(snapshot);
            Object previous = previousById.get(id);
            List<HistoryEntry.FieldChange> changes = revisionType == RevisionType.DEL ? List.of() : changes(fields, previous, snapshot);
            // A change of untracked fields only (such as a version raised on purpose) says nothing to a reader.
            if (revisionType != RevisionType.MOD || !changes.isEmpty()) {
                String subject = withSubject ? nameOf(revisionType == RevisionType.DEL ? previous : snapshot) : null;
                entries.add(new HistoryEntry(revision.getAt(), revision.getActor(), kindOf(revisionType), type.getSimpleName(), changes, subject));
            }
            if (revisionType != RevisionType.DEL) {
                previousById.put(id, snapshot);
            }
        }
        Collections.reverse(entries);
        return entries;
    }

    /** The fields whose changes a history shows, in the order the entity declares them (as its form shows them). */
    public List<String> trackedFields(Class<?> type) {
        EntityType<?> entity = entityManager.getMetamodel().entity(type);
        List<String> singular = entity.getAttributes().stream()
                .filter(attribute -> attribute instanceof SingularAttribute<?, ?>)
                .map(Attribute::getName)
                .toList();
        List<String> fields = new ArrayList<>();
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            Arrays.stream(c.getDeclaredFields()).map(Field::getName)
                    .filter(name -> singular.contains(name) && !UNTRACKED.contains(name) && isAudited(type, name))
                    .forEach(fields::add);
        }
        return fields;
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
            Object old = before == null ? null : valueOf(before, field);
            Object now = valueOf(after, field);
            if (!Objects.equals(comparable(old), comparable(now))) {
                changes.add(new HistoryEntry.FieldChange(field, old, now));
            }
        }
        return changes;
    }

    /** Related entities become references by name: a reader wants a name, not an id. */
    private Object valueOf(Object snapshot, String field) {
        if (snapshot == null || !new BeanWrapperImpl(snapshot).isReadableProperty(field)) {
            return null;
        }
        Object value = new BeanWrapperImpl(snapshot).getPropertyValue(field);
        if (value != null && Hibernate.getClassLazy(value).isAnnotationPresent(Entity.class)) {
            return referenceTo(value);
        }
        return value;
    }

    private HistoryEntry.Reference referenceTo(Object entity) {
        Class<?> type = Hibernate.getClassLazy(entity);
        Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        try {
            return new HistoryEntry.Reference(type.getSimpleName(), id, nameOf(Hibernate.unproxy(entity)));
        } catch (EntityNotFoundException | ObjectNotFoundException deletedSince) {
            return new HistoryEntry.Reference(type.getSimpleName(), id, null);
        }
    }

    private static String nameOf(Object entity) {
        if (entity == null) {
            return null;
        }
        BeanWrapperImpl bean = new BeanWrapperImpl(entity);
        return NAMES.stream().filter(bean::isReadableProperty).map(bean::getPropertyValue).filter(Objects::nonNull)
                .map(Object::toString).findFirst().orElse(null);
    }

    /** Values that mean the same compare equal: 100 and 100.00 EUR, a reference loaded twice. */
    private static Object comparable(Object value) {
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros();
        }
        if (value instanceof HistoryEntry.Reference reference) {
            return List.of(reference.type(), reference.id());
        }
        return value;
    }

    private static HistoryEntry.Kind kindOf(RevisionType type) {
        return switch (type) {
            case ADD -> HistoryEntry.Kind.CREATED;
            case MOD -> HistoryEntry.Kind.CHANGED;
            case DEL -> HistoryEntry.Kind.DELETED;
        };
    }
}
