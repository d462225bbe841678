package eu.cinema.plan.web;

import java.time.LocalDate;

import eu.cinema.plan.Consultation;
import eu.cinema.plan.ConsultationDetails;

/** The period, the question and the moderation of a consultation, as its editors set them. */
public class ConsultationForm {

    private LocalDate opensOn;

    private LocalDate closesOn;

    private String introduction;

    private boolean postModeration;

    private boolean linksAllowed;

    private long version;

    /** A month from today, as municipalities usually ask. */
    static ConsultationForm proposed(LocalDate today) {
        ConsultationForm form = new ConsultationForm();
        form.opensOn = today;
        form.closesOn = today.plusDays(29);
        return form;
    }

    static ConsultationForm of(Consultation consultation) {
        ConsultationForm form = new ConsultationForm();
        form.opensOn = consultation.getOpensOn();
        form.closesOn = consultation.getClosesOn();
        form.introduction = consultation.getIntroduction();
        form.postModeration = consultation.isPostModeration();
        form.linksAllowed = consultation.isLinksAllowed();
        form.version = consultation.getVersion();
        return form;
    }

    ConsultationDetails toDetails() {
        return new ConsultationDetails(opensOn, closesOn, introduction, postModeration, linksAllowed);
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public boolean isPostModeration() {
        return postModeration;
    }

    public void setPostModeration(boolean postModeration) {
        this.postModeration = postModeration;
    }

    public boolean isLinksAllowed() {
        return linksAllowed;
    }

    public void setLinksAllowed(boolean linksAllowed) {
        this.linksAllowed = linksAllowed;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
