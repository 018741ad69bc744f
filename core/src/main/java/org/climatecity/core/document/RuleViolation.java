package org.climatecity.core.document;

import jakarta.validation.ConstraintViolation;
import java.util.Objects;
import java.util.Optional;

/**
 * One violation of a document rule, as {@link DocumentRules} reports it.
 *
 * <p>A Jakarta Validation provider reports the same violation, through {@link SatisfiesDocumentRules}, with the same
 * property path and the message {@code [code] message}, such as
 * {@code [known-actors] references unknown actor 'avesta2'}; {@link #from(ConstraintViolation)} turns it back into
 * this form.
 *
 * @param code the rule's code, such as {@code known-actors} (see the {@linkplain org.climatecity.core.document
 *     package description} for every rule's code)
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
     * @param code the rule's code, not null
     * @param path the property path, not null
     * @param pointer the JSON Pointer, not null
     * @param message the message, not null
     * @throws NullPointerException if any argument is null
     */
    public RuleViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Obtains the rule violation that a Jakarta Validation provider reported as a violation of
     * {@link SatisfiesDocumentRules}: its code and message are read from the provider's message, which has the form
     * {@code [code] message}, its path and pointer from the violation's property path.
     *
     * @param violation a violation a provider reported for a {@link ProgrammeDocument}, not null
     * @return the rule violation; empty if the violation is not one of {@link SatisfiesDocumentRules} or its message
     *     does not have that form (a message interpolator that rewrites messages)
     * @throws NullPointerException if the violation is null
     */
    public static Optional<RuleViolation> from(ConstraintViolation<?> violation) {
        Objects.requireNonNull(violation, "violation");
        if (violation.getConstraintDescriptor() == null
                || !(violation.getConstraintDescriptor().getAnnotation() instanceof SatisfiesDocumentRules)) {
            return Optional.empty();
        }
        String text = violation.getMessage();
        int end = text == null || !text.startsWith("[") ? -1 : text.indexOf("] ");
        if (end < 2 || !isCode(text.substring(1, end))) {
            return Optional.empty();
        }
        String path = violation.getPropertyPath().toString();
        return Optional.of(new RuleViolation(text.substring(1, end), path, PropertyPath.pointer(path),
                text.substring(end + 2)));
    }

    /** Returns the message of a violation as the Jakarta adapter reports it: {@code [code] message}. */
    static String withCode(String code, String message) {
        return "[" + code + "] " + message;
    }

    private static boolean isCode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
