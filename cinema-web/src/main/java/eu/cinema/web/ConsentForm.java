package eu.cinema.web;

/**
 * The part every public form that keeps a person's address shares: the consent box linked to the privacy notice, and
 * {@code homepage}, a field hidden from people that only robots fill in.
 */
public abstract class ConsentForm {

    private boolean consent;

    private String homepage;

    public boolean filledByRobot() {
        return homepage != null && !homepage.isEmpty();
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
