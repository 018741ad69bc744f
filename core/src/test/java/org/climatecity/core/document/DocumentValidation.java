package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates documents with Hibernate Validator and reduces the violations to comparable problems; every call also
 * checks that {@link DocumentRules}, the rules as plain Java, reports exactly the same violations (code, path,
 * pointer and message, each once), so each rule test is also a test of the Jakarta adapter.
 */
final class DocumentValidation {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    /** A violation as the tests compare it: its path, its rule's code and its message. */
    record Problem(String path, String code, String message) {
        static Problem of(String path, String code, String message) {
            return new Problem(path, code, message);
        }
    }

    private DocumentValidation() {
    }

    static Set<Problem> problems(ProgrammeDocument document) {
        return violations(document).stream().map(v -> RuleViolation.from(v).orElseThrow())
                .map(v -> new Problem(v.path(), v.code(), v.message())).collect(Collectors.toSet());
    }

    static Set<ConstraintViolation<ProgrammeDocument>> violations(ProgrammeDocument document) {
        Set<ConstraintViolation<ProgrammeDocument>> violations = VALIDATOR.validate(document);
        List<RuleViolation> plain = DocumentRules.check(document);
        List<RuleViolation> byProvider = violations.stream()
                .map(v -> RuleViolation.from(v).orElseThrow(() -> new AssertionError("not a rule's violation: " + v)))
                .toList();
        assertThat(plain).as("the rules as plain Java report what Hibernate Validator reports, each once")
                .hasSameSizeAs(violations)
                .containsExactlyInAnyOrderElementsOf(byProvider);
        return violations;
    }
}
