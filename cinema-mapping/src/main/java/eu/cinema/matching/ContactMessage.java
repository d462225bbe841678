package eu.cinema.matching;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import eu.cinema.common.BaseEntity;
import eu.cinema.site.Site;

/**
 * A seeker's message to the organisation responsible for a site. The seeker's address is personal
 * data: it goes to the recipients as Reply-To and to administrators in the outbox, never to a public page.
 */
@Entity
public class ContactMessage extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Site site;

    private String seekerName;

    private String seekerEmail;

    private String organisation;

    private String body;

    private String needSummary;

    @Enumerated(EnumType.STRING)
    private ContactState state = ContactState.WAITING;

    /** Why a message waits (a message key), or null once it left. */
    private String waitingReason;

    private String recipients;

    private Instant sentAt;

    protected ContactMessage() {
    }

    ContactMessage(Site site, ContactRequest request, String needSummary) {
        this.site = site;
        this.seekerName = request.name();
        this.seekerEmail = request.email();
        this.organisation = request.organisation();
        this.body = request.message();
        this.needSummary = needSummary;
    }

    void sent(String to, Instant at) {
        this.state = ContactState.SENT;
        this.recipients = to;
        this.sentAt = at;
        this.waitingReason = null;
    }

    void waitFor(String reasonKey, String to) {
        this.state = ContactState.WAITING;
        this.waitingReason = reasonKey;
        this.recipients = to;
    }

    void forwarded(Instant at) {
        this.state = ContactState.FORWARDED;
        this.sentAt = at;
    }

    public Site getSite() {
        return site;
    }

    public String getSeekerName() {
        return seekerName;
    }

    public String getSeekerEmail() {
        return seekerEmail;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getBody() {
        return body;
    }

    public String getNeedSummary() {
        return needSummary;
    }

    public ContactState getState() {
        return state;
    }

    public String getWaitingReason() {
        return waitingReason;
    }

    public String getRecipients() {
        return recipients;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
