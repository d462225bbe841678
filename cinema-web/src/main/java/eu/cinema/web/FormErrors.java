package eu.cinema.web;

import org.springframework.validation.BindingResult;

import eu.cinema.common.DomainException;
import eu.cinema.common.StateConflictException;

/** Shows a domain refusal beside the form field it concerns, or above the form. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Every refusal of the request ({@link DomainException#all()}) beside its field, except on a field that already
     * shows an error. A state conflict (such as a published version) is no fault of the input: it still answers 409.
     */
    public static void reject(BindingResult result, DomainException refusal) {
        if (refusal instanceof StateConflictException conflict) {
            throw conflict;
        }
        for (DomainException each : refusal.all()) {
            if (each.getField() != null && result.getFieldType(each.getField()) != null) {
                if (!result.hasFieldErrors(each.getField())) {
                    result.rejectValue(each.getField(), each.getMessageKey(), each.getArguments(), each.getMessageKey());
                }
            } else {
                result.reject(each.getMessageKey(), each.getArguments(), each.getMessageKey());
            }
        }
    }
}
