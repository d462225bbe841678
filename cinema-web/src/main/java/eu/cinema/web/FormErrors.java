package eu.cinema.web;

import org.springframework.validation.BindingResult;

import eu.cinema.common.DomainException;

/** Shows a domain refusal beside the form field it concerns, or above the form. */
public final class FormErrors {

    private FormErrors() {
    }

    public static void reject(BindingResult result, DomainException refusal) {
        if (refusal.getField() != null && result.getFieldType(refusal.getField()) != null) {
            result.rejectValue(refusal.getField(), refusal.getMessageKey(), refusal.getArguments(), refusal.getMessageKey());
        } else {
            result.reject(refusal.getMessageKey(), refusal.getArguments(), refusal.getMessageKey());
        }
    }
}
