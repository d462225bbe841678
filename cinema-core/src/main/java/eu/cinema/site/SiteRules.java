package eu.cinema.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * What a site's values may be, read from the constraints on {@link Site}, which state its table's columns
 * (a test compares the two with the database catalog). The forms and both import readers check here, so
 * what they accept the database accepts, and they refuse it with the same limits.
 */
@Component
public class SiteRules {

    private final Validator validator;
    private final SpringValidatorAdapter formValidator;
    private final Set<String> constrainedProperties;

    public SiteRules(Validator validator) {
        this.validator = validator;
        this.formValidator = new SpringValidatorAdapter(validator);
        this.constrainedProperties = validator.getConstraintsForClass(Site.class).getConstrainedProperties().stream()
                .map(PropertyDescriptor::getPropertyName).collect(Collectors.toUnmodifiableSet());
    }

    /** Every rule of the site's property that the value breaks; empty when the site may hold it. */
    public List<Breach> check(String property, Object value) {
        return validator.validateValue(Site.class, property, value).stream().map(SiteRules::breach).toList();
    }

    /**
     * Checks each of a form's properties that a site has under the same name, and records the breaches
     * as field errors with the constraint's usual message codes (Size, Digits, ...).
     */
    public void check(Object form, Errors errors) {
        BeanWrapper values = PropertyAccessorFactory.forBeanPropertyAccess(form);
        for (String property : constrainedProperties) {
            if (values.isReadableProperty(property) && !errors.hasFieldErrors(property)) {
                formValidator.validateValue(Site.class, property, values.getPropertyValue(property), errors);
            }
        }
    }

    private static Breach breach(ConstraintViolation<Site> violation) {
        var constraint = violation.getConstraintDescriptor();
        return new Breach(constraint.getAnnotation().annotationType().getSimpleName(), constraint.getAttributes());
    }

    /**
     * One broken rule.
     *
     * @param constraint the constraint's name: Size, Digits, DecimalMin, NotBlank, Min or Max
     * @param attributes its limits, as on the annotation (max, integer, fraction, value, ...)
     */
    public record Breach(String constraint, Map<String, Object> attributes) {

        public Object limit(String attribute) {
            return attributes.get(attribute);
        }
    }
}
