package eu.cinema.pilot;

import eu.cinema.common.DomainException;

/** A change to a pilot that its rules refuse; names the field at fault. */
public class PilotRuleException extends DomainException {

    public PilotRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
