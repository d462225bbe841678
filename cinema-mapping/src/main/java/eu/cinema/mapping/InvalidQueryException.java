package eu.cinema.mapping;

import eu.cinema.common.DomainException;

/** A map or open-data request whose parameters cannot be answered; names the parameter at fault. */
public class InvalidQueryException extends DomainException {

    public InvalidQueryException(String messageKey, String parameter, Object... arguments) {
        super(messageKey, parameter, arguments);
    }
}
