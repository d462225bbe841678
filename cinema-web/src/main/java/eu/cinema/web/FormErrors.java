package eu.cinema.web;

import org.springframework.validation.BindingResult;

import eu.cinema.common.DomainException;
import eu.cinema.common.StateConflictException;

/** Shows a domain refusal beside the form field it concerns, or above the form. */
public final class FormErrors {

    private FormErrors() {
    }

    /** A state conflict (such as a published version) is no fault of the input: it still answers 409. */
    public static void reject(BindingResult result, DomainException refusal) {
        if (refusal instanceof StateConflictException conflict) {
            throw conflict;
        }
        if (refusal.getField() != null && result.getFieldType(refusal.getField()) != null) {
            result.rejectValue(refusal.getField(), refusal.getMessageKey(), refusal.getArguments(), refusal.getMessageKey());
        } else {
            result.reject(refusal.getMessageKey(), refusal.getArguments(), refusal.getMessageKey());
        }
    }
}
