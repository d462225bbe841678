package eu.cinema.legal;

import eu.cinema.common.DomainException;

/** A legal page's text longer than the portal keeps; refused with the limit, the text stays in the form. */
public class LegalTextTooLongException extends DomainException {

    LegalTextTooLongException(int limit) {
        super("legal.error.tooLong", "body", limit);
    }
}
