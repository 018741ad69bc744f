package org.climatecity.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.climatecity.core.ProgrammeDocument;

/**
 * Validates documents with Hibernate Validator and reduces the violations to comparable problems; every call also
 * checks that {@link DocumentRules}, the rules as plain Java, reports exactly the same violations, checked on the whole
 * document or initiative by initiative as a reader checks them, so each rule test is also a test of those
 * equivalences.
 */
final class DocumentValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    /** A violation as the tests compare it. */
    record Problem(String path, Class<? extends Annotation> constraint, String message) {
        static Problem of(String path, Class<? extends Annotation> constraint, String message) {
            return new Problem(path, constraint, message);
        }
    }

    /** A violation with its code and JSON Pointer, as both ways of validating report it. */
    private record Reported(String code, String path, String pointer, String message) {
    }

    private DocumentValidation() {
    }

    static Set<Problem> problems(ProgrammeDocument document) {
        return violations(document).stream().map(DocumentValidation::problem).collect(Collectors.toSet());
    }

    static Set<ConstraintViolation<ProgrammeDocument>> violations(ProgrammeDocument document) {
        Set<ConstraintViolation<ProgrammeDocument>> violations = VALIDATOR.validate(document);
        List<RuleViolation> plain = DocumentRules.check(document);
        Set<Reported> byProvider = violations.stream().map(v -> new Reported(code(v), v.getPropertyPath().toString(),
                pointer(v.getPropertyPath()), v.getMessage())).collect(Collectors.toSet());
        assertThat(plain).as("the rules as plain Java report what Hibernate Validator reports, each once")
                .hasSameSizeAs(violations)
                .map(v -> new Reported(v.code(), v.path(), v.pointer(), v.message()))
                .containsExactlyInAnyOrderElementsOf(byProvider);
        DocumentRules.Checking checking = DocumentRules.begin(document.actors(), document.programmes());
        document.initiatives().forEach(checking::initiative);
        assertThat(checking.end(document)).as("checked initiative by initiative, as a reader does")
                .containsExactlyElementsOf(plain);
        return violations;
    }

    private static Problem problem(ConstraintViolation<ProgrammeDocument> v) {
        return new Problem(v.getPropertyPath().toString(), v.getConstraintDescriptor().getAnnotation()
                .annotationType(), v.getMessage());
    }

    /** The kebab-case simple name of the violated constraint. */
    private static String code(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    /** The JSON Pointer of a property path, built from its nodes. */
    private static String pointer(Path path) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getName() != null) {
                pointer.append('/').append(node.getName());
            }
        }
        return pointer.toString();
    }
}
