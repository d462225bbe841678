package eu.cinema.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A refused operation whose explanation is a message-bundle key, so that the web layer shows it
 * in the visitor's language. {@code field} names the form field it belongs to, if any.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;
    private final transient List<DomainException> alongside = new ArrayList<>();

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

    /** This refusal and the others found in the same request ({@link Refusals}), so that a form shows them all at once. */
    public List<DomainException> all() {
        List<DomainException> all = new ArrayList<>(List.of(this));
        all.addAll(alongside);
        return all;
    }

    void alongside(List<DomainException> others) {
        alongside.addAll(others);
    }
}
