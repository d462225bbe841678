package eu.cinema.common;

/** An edit was prepared against a version that someone else has since replaced. */
public class StaleEditException extends DomainException {

    private final String entity;
    private final Long entityId;

    public StaleEditException(String entity, Long entityId, long expectedVersion, long actualVersion) {
        super("error.staleEdit", null, expectedVersion, actualVersion);
        this.entity = entity;
        this.entityId = entityId;
    }

    /** A stale edit of something without a version of its own, explained by {@code messageKey}. */
    public StaleEditException(String messageKey, String entity, Long entityId) {
        super(messageKey, null);
        this.entity = entity;
        this.entityId = entityId;
    }

    public String getEntity() {
        return entity;
    }

    public Long getEntityId() {
        return entityId;
    }
}
