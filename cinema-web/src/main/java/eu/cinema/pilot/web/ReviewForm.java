package eu.cinema.pilot.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

import eu.cinema.pilot.reporting.PeriodReportService;

/** The lead partner's review of a submitted report: accept, or return with a comment on the whole or on items. */
class ReviewForm {

    @Size(max = PeriodReportService.MAX_COMMENT_LENGTH)
    private String comment;

    private Map<Long, String> itemComments = new HashMap<>();

    private boolean accept;

    private long version;

    static ReviewForm of(long version) {
        ReviewForm form = new ReviewForm();
        form.version = version;
        return form;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Map<Long, String> getItemComments() {
        return itemComments;
    }

    public void setItemComments(Map<Long, String> itemComments) {
        this.itemComments = itemComments == null ? new HashMap<>() : itemComments;
    }

    public boolean isAccept() {
        return accept;
    }

    public void setAccept(boolean accept) {
        this.accept = accept;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
