package eu.cinema.storage;

import eu.cinema.common.DomainException;

/** An upload that is empty, too large or not of an accepted kind. */
public class UploadRejectedException extends DomainException {

    public UploadRejectedException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
