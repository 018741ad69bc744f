package org.climatecity.core.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;

/**
 * Collects the violations one rule finds, each with its own literal message and property path: either into a
 * Jakarta Validation context, in place of the constraint's default violation, or into a list of
 * {@link RuleViolation}s when the rules run as plain Java ({@link DocumentRules}). The rules report through this one
 * interface, so both ways report the same violations.
 */
abstract class Violations {

    private boolean found;

    /** Reports a violation; the message is literal text. */
    final void add(PropertyPath path, String message) {
        report(path, message);
        found = true;
    }

    /** Records one violation. */
    abstract void report(PropertyPath path, String message);

    /** Checks if no violation was reported. */
    final boolean none() {
        return !found;
    }

    /** Returns the violations of a Jakarta Validation context, which replace its default violation. */
    static Violations of(ConstraintValidatorContext context) {
        return new Violations() {
            @Override
            void report(PropertyPath path, String message) {
                if (none()) {
                    // first violation: replace the constraint's default one
                    context.disableDefaultConstraintViolation();
                }
                path.addTo(context.buildConstraintViolationWithTemplate(MessageText.escape(message)));
            }
        };
    }

    /** Returns the violations that a rule with a code adds to a list. */
    static Violations into(String code, List<RuleViolation> list) {
        return new Violations() {
            @Override
            void report(PropertyPath path, String message) {
                list.add(new RuleViolation(code, path.toString(), path.pointer(), message));
            }
        };
    }
}
