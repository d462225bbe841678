package eu.cinema.plan.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import eu.cinema.plan.CommentDraft;
import eu.cinema.plan.ConsultationComment;
import eu.cinema.web.ConsentForm;

/** A comment as the public form sends it, with the consent box and the robots' trap ({@link ConsentForm}). */
public class CommentForm extends ConsentForm {

    private String about;

    @Size(max = ConsultationComment.NAME_LENGTH)
    private String authorName;

    @Email
    @Size(max = 254)
    private String email;

    private String text;

    CommentDraft toDraft(String lang) {
        return new CommentDraft(about, authorName, email, text, lang);
    }

    public String getAbout() {
        return about;
    }

    public void setAbout(String about) {
        this.about = about;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
