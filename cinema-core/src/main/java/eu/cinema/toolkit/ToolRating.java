package eu.cinema.toolkit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;

import eu.cinema.common.BaseEntity;

/** One person's rating of a tool they used: 1 to 5 stars and a comment; rating again replaces it. */
@Entity
public class ToolRating extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ToolCard tool;

    private long accountId;

    private String partnerName;

    private short stars;

    private String comment;

    protected ToolRating() {
    }

    ToolRating(ToolCard tool, long accountId) {
        this.tool = tool;
        this.accountId = accountId;
    }

    void rate(int newStars, String newComment, String ratedFor) {
        if (newStars < 1 || newStars > 5) {
            throw new ToolRuleException("tool.error.stars", "stars");
        }
        this.stars = (short) newStars;
        this.comment = newComment == null || newComment.isBlank() ? null : newComment.strip();
        this.partnerName = ratedFor;
    }

    public ToolCard getTool() {
        return tool;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public int getStars() {
        return stars;
    }

    public String getComment() {
        return comment;
    }
}
