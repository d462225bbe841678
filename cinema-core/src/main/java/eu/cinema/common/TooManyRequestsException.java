package eu.cinema.common;

/** One client asked too often within a limit's window; the web layer answers 429 Too Many Requests with the message. */
public class TooManyRequestsException extends DomainException {

    public TooManyRequestsException(String messageKey) {
        super(messageKey, null);
    }
}
