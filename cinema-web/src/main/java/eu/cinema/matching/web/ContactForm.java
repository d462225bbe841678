package eu.cinema.matching.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.cinema.matching.ContactRequest;

/** A seeker's message to a site's organisation; no single-line field may hold a line break. */
class ContactForm {

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = "[^\\r\\n]*")
    private String name;

    @NotBlank
    @Email
    @Size(max = 320)
    @Pattern(regexp = "[^\\r\\n]*")
    private String email;

    @Size(max = 300)
    @Pattern(regexp = "[^\\r\\n]*")
    private String organisation;

    @NotBlank
    @Size(max = 5000)
    private String message;

    @Size(max = 1000)
    private String needSummary;

    ContactRequest toRequest() {
        return new ContactRequest(name.strip(), email.strip(), organisation == null || organisation.isBlank() ? null : organisation.strip(),
                message.strip());
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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getNeedSummary() {
        return needSummary;
    }

    public void setNeedSummary(String needSummary) {
        this.needSummary = needSummary;
    }
}
