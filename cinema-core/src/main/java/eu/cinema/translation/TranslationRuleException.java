package eu.cinema.translation;

import eu.cinema.common.DomainException;

/** A translation the rules refuse: a language the portal does not offer, a text too long; names the field at fault. */
public class TranslationRuleException extends DomainException {

    public TranslationRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }
}
