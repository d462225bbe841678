package eu.cinema.toolkit;

import eu.cinema.common.DomainException;

/** A change to a tool card or a rating that the toolkit's rules refuse; names the field at fault. */
public class ToolRuleException extends DomainException {

    public ToolRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
