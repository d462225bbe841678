package eu.cinema.site;

import eu.cinema.common.DomainException;

/** A change to a site that its rules refuse. */
public class SiteRuleException extends DomainException {

    public SiteRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
