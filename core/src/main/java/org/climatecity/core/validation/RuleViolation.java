package org.climatecity.core.validation;

import java.util.Objects;

/**
 * One violation of a document rule, as {@link DocumentRules} reports it: the same code, path and message that a
 * Jakarta Validation provider reports for the rule's constraint.
 *
 * @param code the rule's code, the kebab-case simple name of its constraint annotation, such as {@code known-actors}
 * @param path the property path of the offending value as Jakarta Validation prints it, such as
 *     {@code initiatives[0].twinPairings[0].twinCity}
 * @param pointer the same path as a JSON Pointer into the document's JSON form, such as
 *     {@code /initiatives/0/twinPairings/0/twinCity}
 * @param message the literal message, stating the rule and the offending value
 * @since 0.1.0
 */
public record RuleViolation(String code, String path, String pointer, String message) {

    /**
     * Creates a violation.
     *
     * @throws NullPointerException if any argument is null
     */
    public RuleViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }
}
