package eu.cinema.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import eu.cinema.common.BaseEntity;
import eu.cinema.common.Refusals;

/**
 * A public consultation on one frozen version of a plan: from {@code opensOn} to {@code closesOn} (both days included,
 * the portal's day being UTC's) anyone may comment on it and support its actions. Its comments and answers stay public
 * once it has ended.
 */
@Entity
@Table(name = "plan_consultation")
public class Consultation extends BaseEntity {

    /** Long enough for a municipality's usual 30 to 60 days, short enough that a mistyped year is caught. */
    public static final int LONGEST_DAYS = 120;
    public static final int INTRODUCTION_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private PlanVersion planVersion;

    private LocalDate opensOn;

    private LocalDate closesOn;

    private String introduction;

    private boolean postModeration;

    private boolean linksAllowed;

    protected Consultation() {
    }

    Consultation(PlanVersion planVersion, ConsultationDetails details, LocalDate today) {
        this.planVersion = planVersion;
        check(details, today, null);
        apply(details);
    }

    /** The rules for a consultation's period and text, all reported at once; {@code started} keeps an opening date that has passed. */
    static void check(ConsultationDetails details, LocalDate today, LocalDate started) {
        LocalDate opens = details.opensOn();
        LocalDate closes = details.closesOn();
        new Refusals()
                .when(opens == null, () -> new PlanRuleException("consultation.error.opensRequired", "opensOn"))
                .when(closes == null, () -> new PlanRuleException("consultation.error.closesRequired", "closesOn"))
                .when(opens != null && opens.isBefore(today) && !opens.equals(started),
                        () -> new PlanRuleException("consultation.error.opensPast", "opensOn"))
                .when(closes != null && closes.isBefore(today), () -> new PlanRuleException("consultation.error.closesPast", "closesOn"))
                .when(opens != null && closes != null && closes.isBefore(opens),
                        () -> new PlanRuleException("consultation.error.closesBeforeOpens", "closesOn"))
                .when(opens != null && closes != null && ChronoUnit.DAYS.between(opens, closes) + 1 > LONGEST_DAYS,
                        () -> new PlanRuleException("consultation.error.tooLong", "closesOn", LONGEST_DAYS))
                .when(details.introduction() == null || details.introduction().isBlank(),
                        () -> new PlanRuleException("consultation.error.introductionRequired", "introduction"))
                .when(details.introduction() != null && details.introduction().length() > INTRODUCTION_LENGTH,
                        () -> new PlanRuleException("consultation.error.introductionLength", "introduction", INTRODUCTION_LENGTH))
                .throwIfAny();
    }

    /** New dates or words; once open, the opening day stays as it was, since people have read it. */
    void change(ConsultationDetails details, LocalDate today) {
        if (hasEnded(today)) {
            throw new PlanRuleException("consultation.error.ended", null);
        }
        LocalDate started = hasStarted(today) ? opensOn : null;
        if (started != null && !started.equals(details.opensOn())) {
            throw new PlanRuleException("consultation.error.opensFixed", "opensOn");
        }
        check(details, today, started);
        apply(details);
    }

    /** Ends the consultation with yesterday, so that nobody comments any more from today. */
    void closeNow(LocalDate today) {
        if (!isOpen(today)) {
            throw new PlanRuleException("consultation.error.notOpen", null);
        }
        this.closesOn = today.minusDays(1);
        if (closesOn.isBefore(opensOn)) {
            this.opensOn = closesOn;
        }
    }

    private void apply(ConsultationDetails details) {
        this.opensOn = details.opensOn();
        this.closesOn = details.closesOn();
        this.introduction = details.introduction().strip();
        this.postModeration = details.postModeration();
        this.linksAllowed = details.linksAllowed();
    }

    public boolean hasStarted(LocalDate today) {
        return !today.isBefore(opensOn);
    }

    public boolean hasEnded(LocalDate today) {
        return today.isAfter(closesOn);
    }

    public boolean isOpen(LocalDate today) {
        return hasStarted(today) && !hasEnded(today);
    }

    /** Days one may still comment, today included. */
    public long daysLeft(LocalDate today) {
        return isOpen(today) ? ChronoUnit.DAYS.between(today, closesOn) + 1 : 0;
    }

    public PlanVersion getPlanVersion() {
        return planVersion;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public String getIntroduction() {
        return introduction;
    }

    public boolean isPostModeration() {
        return postModeration;
    }

    public boolean isLinksAllowed() {
        return linksAllowed;
    }
}
