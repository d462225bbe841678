package eu.cinema.toolkit.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A rating of a tool: 1 to 5 stars and an optional comment. */
class RatingForm {

    @NotNull
    @Min(1)
    @Max(5)
    private Integer stars;

    @Size(max = 2000)
    private String comment;

    public Integer getStars() {
        return stars;
    }

    public void setStars(Integer stars) {
        this.stars = stars;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
