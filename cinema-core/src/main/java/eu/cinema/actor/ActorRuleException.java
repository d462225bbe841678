package eu.cinema.actor;

import eu.cinema.common.DomainException;

/** A change to a creative actor that its rules refuse. */
public class ActorRuleException extends DomainException {

    public ActorRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
