package org.climatecity.core.document;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link SatisfiesDocumentRules}: runs {@link DocumentRules} and reports each violation as a violation of
 * its own. Created by the Jakarta Validation provider; not meant to be called directly.
 *
 * @since 0.1.0
 */
public final class SatisfiesDocumentRulesValidator
        implements ConstraintValidator<SatisfiesDocumentRules, ProgrammeDocument> {

    /** Creates the validator. */
    public SatisfiesDocumentRulesValidator() {
    }

    /**
     * Checks every document rule on a document, reporting each violation with its property path and the message
     * {@code [code] message}, escaped so that the message interpolator shows it as written; a null document is
     * valid, as Jakarta Validation expects.
     *
     * @param document the document, may be null
     * @param context the context, not null
     * @return true if the document satisfies every rule
     */
    @Override
    public boolean isValid(@Nullable ProgrammeDocument document, ConstraintValidatorContext context) {
        if (document == null) {
            return true;
        }
        // each rule's violations replace the constraint's default one, which a valid document never reports
        context.disableDefaultConstraintViolation();
        return !DocumentRules.check(document, (code, path, message) -> path.addTo(
                context.buildConstraintViolationWithTemplate(MessageText.escape(RuleViolation.withCode(code, message)))));
    }
}
