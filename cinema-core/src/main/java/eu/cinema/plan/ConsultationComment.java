package eu.cinema.plan;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.cinema.common.BaseEntity;
import eu.cinema.common.StateConflictException;

/**
 * What one person said during a consultation, about the plan as a whole, one section or one action. It is public
 * once the editors let it through (or at once, where they chose to moderate afterwards); a rejected comment keeps
 * its reason. Its e-mail address serves only to tell the person about the answer, and is never shown.
 */
@Entity
@Table(name = "plan_comment")
public class ConsultationComment extends BaseEntity {

    public static final int TEXT_LENGTH = 2000;
    public static final int NAME_LENGTH = 100;
    public static final int REASON_LENGTH = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Consultation consultation;

    @Enumerated(EnumType.STRING)
    private PlanSection section;

    @ManyToOne(fetch = FetchType.LAZY)
    private PlanAction planAction;

    private String authorName;

    private String email;

    private String lang;

    private String text;

    private Instant consentedAt;

    @Enumerated(EnumType.STRING)
    private CommentState state;

    private String rejectionReason;

    private Instant moderatedAt;

    private int reports;

    @ManyToOne(fetch = FetchType.LAZY)
    private CommentAnswer answer;

    protected ConsultationComment() {
    }

    ConsultationComment(Consultation consultation, CommentTarget target, CommentDraft draft, Instant now) {
        this.consultation = consultation;
        this.section = target.section();
        this.planAction = target.action();
        this.authorName = draft.authorName();
        this.email = draft.email();
        this.lang = draft.lang();
        this.text = draft.text();
        this.consentedAt = now;
        this.state = consultation.isPostModeration() ? CommentState.PUBLISHED : CommentState.PENDING;
    }

    void publish(Instant now) {
        if (state == CommentState.PUBLISHED) {
            throw new StateConflictException("consultation.error.alreadyPublished");
        }
        this.state = CommentState.PUBLISHED;
        this.rejectionReason = null;
        this.moderatedAt = now;
        this.reports = 0;
    }

    void reject(String reason, Instant now) {
        if (state == CommentState.REJECTED) {
            throw new StateConflictException("consultation.error.alreadyRejected");
        }
        this.state = CommentState.REJECTED;
        this.rejectionReason = reason;
        this.moderatedAt = now;
    }

    /** Someone thinks the published comment breaks the rules; the editors see it again. */
    void report() {
        if (state != CommentState.PUBLISHED) {
            throw new StateConflictException("consultation.error.notPublished");
        }
        reports++;
    }

    /** The editors read a reported comment again and keep it public. */
    void keep(Instant now) {
        this.reports = 0;
        this.moderatedAt = now;
    }

    void answerWith(CommentAnswer answer) {
        if (state != CommentState.PUBLISHED) {
            throw new PlanRuleException("consultation.error.answerUnpublished", "commentIds");
        }
        this.answer = answer;
    }

    public boolean isPublished() {
        return state == CommentState.PUBLISHED;
    }

    public boolean isAnonymous() {
        return authorName == null;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public PlanSection getSection() {
        return section;
    }

    public PlanAction getPlanAction() {
        return planAction;
    }

    public String getAuthorName() {
        return authorName;
    }

    /** Whether the person asked to be told about the answer; the address itself stays with the service. */
    public boolean isWaitingForAnswerByMail() {
        return email != null;
    }

    String getEmail() {
        return email;
    }

    public String getLang() {
        return lang;
    }

    public String getText() {
        return text;
    }

    public Instant getConsentedAt() {
        return consentedAt;
    }

    public CommentState getState() {
        return state;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public Instant getModeratedAt() {
        return moderatedAt;
    }

    public int getReports() {
        return reports;
    }

    public CommentAnswer getAnswer() {
        return answer;
    }
}
