package eu.cinema.translation;

import java.time.Instant;

import jakarta.persistence.Entity;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import eu.cinema.common.BaseEntity;
import eu.cinema.common.Digests;

/**
 * The translation of one text into one language, with the digest of the original it was made from: when the original
 * changes, the digests differ and the translation is out of date. Audited, so a translation is a change in the history
 * like any other.
 */
@Entity
@Audited
public class ContentTranslation extends BaseEntity {

    private String contentType;
    private long contentId;
    private String field;
    private String lang;
    private String text;
    /** What a translation was made from says nothing to a reader of the history. */
    @NotAudited
    private String sourceDigest;
    private Long translatedBy;
    private Instant translatedAt;

    protected ContentTranslation() {
    }

    ContentTranslation(String contentType, long contentId, String field, String lang) {
        this.contentType = contentType;
        this.contentId = contentId;
        this.field = field;
        this.lang = lang;
    }

    void translate(String text, String original, Long translator, Instant at) {
        this.text = text;
        this.sourceDigest = Digests.sha256(original);
        this.translatedBy = translator;
        this.translatedAt = at;
    }

    /** Whether the original has changed since this translation was made from it. */
    public boolean isOutdatedFor(String original) {
        return !sourceDigest.equals(Digests.sha256(original));
    }

    public String getContentType() {
        return contentType;
    }

    public long getContentId() {
        return contentId;
    }

    public String getField() {
        return field;
    }

    public String getLang() {
        return lang;
    }

    public String getText() {
        return text;
    }

    public Long getTranslatedBy() {
        return translatedBy;
    }

    public Instant getTranslatedAt() {
        return translatedAt;
    }
}
