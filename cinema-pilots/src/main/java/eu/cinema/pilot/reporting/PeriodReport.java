package eu.cinema.pilot.reporting;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

import eu.cinema.common.BaseEntity;
import eu.cinema.pilot.Pilot;

/**
 * One pilot's report on one period. Its editors pick the updates it covers and write a summary while it is theirs;
 * each submission freezes what it said as a round of {@link ReportItem}s, which the lead partner accepts or returns
 * with comments. Every step is a revision in its history (the revision says who and when).
 */
@Entity
@Audited
public class PeriodReport extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Pilot pilot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    private ReportState state = ReportState.DRAFT;

    private String summary;

    private String summaryLang;

    /** How many times it was submitted; the items of the latest submission carry this number. */
    private int round;

    @NotAudited
    private Instant submittedAt;

    @NotAudited
    private Instant reviewedAt;

    private String reviewComment;

    @ElementCollection
    @NotAudited
    @CollectionTable(name = "period_report_update", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "update_id")
    private Set<Long> updateIds = new HashSet<>();

    protected PeriodReport() {
    }

    PeriodReport(Pilot pilot, ReportingPeriod period, Set<Long> updateIds) {
        this.pilot = pilot;
        this.period = period;
        this.updateIds = new HashSet<>(updateIds);
    }

    void prepare(String summary, String summaryLang, Set<Long> updateIds) {
        this.summary = summary;
        this.summaryLang = summaryLang;
        this.updateIds = new HashSet<>(updateIds);
    }

    void submitted(Instant at) {
        this.state = ReportState.SUBMITTED;
        this.round++;
        this.submittedAt = at;
    }

    void reviewed(ReportState outcome, String comment, Instant at) {
        this.state = outcome;
        this.reviewComment = comment;
        this.reviewedAt = at;
    }

    public Pilot getPilot() {
        return pilot;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public ReportState getState() {
        return state;
    }

    public String getSummary() {
        return summary;
    }

    public String getSummaryLang() {
        return summaryLang;
    }

    public int getRound() {
        return round;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Set<Long> getUpdateIds() {
        return Set.copyOf(updateIds);
    }
}
