package org.climatecity.core.validation;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Collects the violations one validator finds: each with its own literal message and property path, in place of the
 * constraint's default violation.
 */
final class Violations {

    private final ConstraintValidatorContext context;
    private boolean found;

    Violations(ConstraintValidatorContext context) {
        this.context = context;
    }

    /** Reports a violation; the message is literal text, escaped here for the message interpolator. */
    void add(PropertyPath path, String message) {
        if (!found) {
            context.disableDefaultConstraintViolation();
            found = true;
        }
        path.addTo(context.buildConstraintViolationWithTemplate(MessageText.escape(message)));
    }

    /** Checks if no violation was reported. */
    boolean none() {
        return !found;
    }
}
