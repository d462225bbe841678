package eu.cinema.plan;

import eu.cinema.common.DomainException;

/** A change to a plan that its rules refuse; names the field at fault. */
public class PlanRuleException extends DomainException {

    public PlanRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
