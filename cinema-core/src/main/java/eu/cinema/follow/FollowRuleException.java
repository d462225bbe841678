package eu.cinema.follow;

import eu.cinema.common.DomainException;

/** A follow request, confirmation or change the rules refuse. */
public class FollowRuleException extends DomainException {

    public FollowRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
