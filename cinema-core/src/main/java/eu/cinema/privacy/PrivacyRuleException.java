package eu.cinema.privacy;

import eu.cinema.common.DomainException;

/** A personal-data request the portal refuses, such as a missing e-mail address. */
public class PrivacyRuleException extends DomainException {

    public PrivacyRuleException(String messageKey) {
        super(messageKey, "email");
    }
}
