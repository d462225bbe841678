package eu.cinema.follow.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import eu.cinema.follow.Frequency;
import eu.cinema.web.ConsentForm;

/**
 * A follow request as the public form sends it: what to follow, the address (a signed-in editor's own is used
 * instead), the digests' language and rhythm, with the consent box and the robots' trap ({@link ConsentForm}).
 */
public class FollowForm extends ConsentForm {

    private String target;

    @Email
    @Size(max = 254)
    private String email;

    private String language;

    private Frequency frequency = Frequency.WEEKLY;

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
}
