package org.climatecity.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.climatecity.core.ProgrammeDocument;
import org.jspecify.annotations.Nullable;

/**
 * The base of the document validators: one rule each, reporting every violation it finds with its own message and
 * property path.
 *
 * @param <A> the constraint annotation
 */
abstract class DocumentRule<A extends Annotation> implements ConstraintValidator<A, ProgrammeDocument> {

    /**
     * Checks the rule on a document, reporting each violation with its property path and a message that states the
     * rule; a null document is valid, as Jakarta Validation expects.
     *
     * @param document the document, may be null
     * @param context the context, not null
     * @return true if the document satisfies the rule
     */
    @Override
    public final boolean isValid(@Nullable ProgrammeDocument document, ConstraintValidatorContext context) {
        if (document == null) {
            return true;
        }
        Violations violations = new Violations(context);
        check(document, violations);
        return violations.none();
    }

    /** Checks the rule on a document and reports each violation. */
    abstract void check(ProgrammeDocument document, Violations violations);

    /** Returns "an" or "a" with a kind name, for messages. */
    static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
