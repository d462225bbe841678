package eu.cinema.web;

import java.io.Serializable;

/**
 * What a form post saved, in words ("The milestone “Opening” is added."): a message code with its arguments, and
 * the section of the page it concerns (null for the page as a whole). It crosses the redirect in the session,
 * which may be stored in the database: hence serialisable, with texts and numbers as arguments.
 */
public record Saved(String code, Serializable[] args, String section) implements Serializable {

    public static Saved of(String code, Serializable... args) {
        return new Saved(code, args, null);
    }

    /** The same message, shown in the section whose element has this id. */
    public Saved in(String sectionId) {
        return new Saved(code, args, sectionId);
    }
}
