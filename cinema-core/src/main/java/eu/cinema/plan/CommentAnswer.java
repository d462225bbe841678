package eu.cinema.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.cinema.common.BaseEntity;

/**
 * The municipality's answer to one comment or to a group of similar ones, optionally about one action: what it did
 * with them, and why.
 */
@Entity
@Table(name = "plan_comment_answer")
public class CommentAnswer extends BaseEntity {

    public static final int TEXT_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Consultation consultation;

    @ManyToOne(fetch = FetchType.LAZY)
    private PlanAction planAction;

    @Enumerated(EnumType.STRING)
    private AnswerOutcome outcome;

    private String text;

    protected CommentAnswer() {
    }

    CommentAnswer(Consultation consultation, PlanAction planAction, AnswerOutcome outcome, String text) {
        this.consultation = consultation;
        this.planAction = planAction;
        this.outcome = outcome;
        this.text = text;
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public PlanAction getPlanAction() {
        return planAction;
    }

    public AnswerOutcome getOutcome() {
        return outcome;
    }

    public String getText() {
        return text;
    }
}
