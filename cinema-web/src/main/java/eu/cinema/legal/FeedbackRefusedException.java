package eu.cinema.legal;

import eu.cinema.common.DomainException;

/** Feedback the portal cannot take as written; the message says which field and why. */
public class FeedbackRefusedException extends DomainException {

    FeedbackRefusedException(String messageKey, String field) {
        super(messageKey, field);
    }
}
