package org.climatecity.core.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.Set;
import java.util.stream.Collectors;
import org.climatecity.core.ProgrammeDocument;

/** Validates documents with Hibernate Validator and reduces the violations to comparable problems. */
final class DocumentValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    /** A violation as the tests compare it. */
    record Problem(String path, Class<? extends Annotation> constraint, String message) {
        static Problem of(String path, Class<? extends Annotation> constraint, String message) {
            return new Problem(path, constraint, message);
        }
    }

    private DocumentValidation() {
    }

    static Set<Problem> problems(ProgrammeDocument document) {
        return VALIDATOR.validate(document).stream().map(DocumentValidation::problem).collect(Collectors.toSet());
    }

    static Set<ConstraintViolation<ProgrammeDocument>> violations(ProgrammeDocument document) {
        return VALIDATOR.validate(document);
    }

    private static Problem problem(ConstraintViolation<ProgrammeDocument> v) {
        return new Problem(v.getPropertyPath().toString(), v.getConstraintDescriptor().getAnnotation()
                .annotationType(), v.getMessage());
    }
}
