package eu.cinema.site.web;

import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import eu.cinema.site.SiteKind;
import eu.cinema.site.SiteProposal;
import eu.cinema.web.PlaceForm;

/** What a member of the public tells about an abandoned site. {@code homepage} is a trap for robots. */
class SiteProposalForm extends PlaceForm {

    @NotBlank
    @Size(max = 300)
    private String name;

    @NotNull
    private SiteKind kind;

    @Size(max = 5000)
    private String description;

    @Email
    @Size(max = 254)
    private String contactEmail;

    private MultipartFile photo;

    private String homepage;

    /** {@code language}: the proposer's, which their description is taken to be written in and their e-mails are. */
    SiteProposal toProposal(Locale language) {
        return new SiteProposal(name.strip(), kind, getCityName().strip(), getCountryCode(), getLongitude(), getLatitude(),
                description == null || description.isBlank() ? null : description.strip(),
                description == null || description.isBlank() ? null : language.getLanguage(),
                contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip(), language.toLanguageTag());
    }

    boolean filledByRobot() {
        return homepage != null && !homepage.isEmpty();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SiteKind getKind() {
        return kind;
    }

    public void setKind(SiteKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public MultipartFile getPhoto() {
        return photo;
    }

    public void setPhoto(MultipartFile photo) {
        this.photo = photo;
    }

    public String getHomepage() {
        return homepage;
    }

    public void setHomepage(String homepage) {
        this.homepage = homepage;
    }
}
