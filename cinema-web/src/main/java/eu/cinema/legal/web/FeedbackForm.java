package eu.cinema.legal.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import eu.cinema.legal.AccessibilityFeedback.FeedbackMessage;

/** The accessibility statement's feedback form; {@code homepage} is a field only robots fill in. */
public class FeedbackForm {

    @Size(max = 200)
    private String name;
    @Email
    @Size(max = 320)
    private String email;
    @Size(max = 500)
    private String pageAddress;
    @NotBlank
    @Size(max = 5000)
    private String message;
    private String homepage;

    FeedbackMessage toMessage() {
        return new FeedbackMessage(blankToNull(name), blankToNull(email), blankToNull(pageAddress), message.strip());
    }

    boolean filledByRobot() {
        return homepage != null && !homepage.isEmpty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPageAddress() {
        return pageAddress;
    }

    public void setPageAddress(String pageAddress) {
        this.pageAddress = pageAddress;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getHomepage() {
        return homepage;
    }

    public void setHomepage(String homepage) {
        this.homepage = homepage;
    }
}
