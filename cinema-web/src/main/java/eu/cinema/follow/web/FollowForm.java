package eu.cinema.follow.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import eu.cinema.follow.Frequency;

/**
 * A follow request as the public form sends it: what to follow, the address (a signed-in editor's own is used
 * instead), the digests' language and rhythm, the privacy box, and {@code homepage}, a trap for robots.
 */
public class FollowForm {

    private String target;

    @Email
    @Size(max = 254)
    private String email;

    private String language;

    private Frequency frequency = Frequency.WEEKLY;

    private boolean consent;

    private String homepage;

    boolean filledByRobot() {
        return homepage != null && !homepage.isEmpty();
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public String getHomepage() {
        return homepage;
    }

    public void setHomepage(String homepage) {
        this.homepage = homepage;
    }
}
