package org.climatecity.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.climatecity.core.ProgrammeDocument;

/**
 * Validates {@link ValidProgrammeDocument}. Placeholder until the document rules land.
 */
public final class ProgrammeDocumentValidator implements ConstraintValidator<ValidProgrammeDocument, ProgrammeDocument> {

    /** Creates the validator. */
    public ProgrammeDocumentValidator() {
    }

    @Override
    public boolean isValid(ProgrammeDocument value, ConstraintValidatorContext context) {
        return true;
    }
}
