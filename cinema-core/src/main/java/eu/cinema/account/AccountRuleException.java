package eu.cinema.account;

import eu.cinema.common.DomainException;

/** A change to an account that breaks one of the account rules; names the field at fault. */
public class AccountRuleException extends DomainException {

    public AccountRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
