package eu.cinema.common;

/**
 * A change that the thing's current state no longer allows (for example editing a published plan
 * version); the web layer answers 409 Conflict with the message.
 */
public class StateConflictException extends DomainException {

    public StateConflictException(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}
