package eu.cinema.matching;

import eu.cinema.common.DomainException;

/** A space need or a contact message that matching refuses; names the field at fault. */
public class MatchRuleException extends DomainException {

    public MatchRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
