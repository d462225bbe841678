package eu.cinema.plan.web;

import java.util.ArrayList;
import java.util.List;

import eu.cinema.plan.AnswerOutcome;

/** The municipality's answer to the comments ticked, optionally about one action. */
public class AnswerForm {

    private List<Long> commentIds = new ArrayList<>();

    private Long actionId;

    private AnswerOutcome outcome;

    private String text;

    public List<Long> getCommentIds() {
        return commentIds;
    }

    public void setCommentIds(List<Long> commentIds) {
        this.commentIds = commentIds == null ? new ArrayList<>() : commentIds;
    }

    public Long getActionId() {
        return actionId;
    }

    public void setActionId(Long actionId) {
        this.actionId = actionId;
    }

    public AnswerOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AnswerOutcome outcome) {
        this.outcome = outcome;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
