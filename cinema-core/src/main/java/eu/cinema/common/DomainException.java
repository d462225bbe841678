package eu.cinema.common;

import java.util.Arrays;

/**
 * A refused operation whose explanation is a message-bundle key, so that the web layer shows it
 * in the visitor's language. {@code field} names the form field it belongs to, if any.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    protected DomainException(String messageKey, String field, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getField() {
        return field;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
