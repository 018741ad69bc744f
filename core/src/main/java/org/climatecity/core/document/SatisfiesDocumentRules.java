package org.climatecity.core.document;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that a {@link ProgrammeDocument} satisfies every document rule: the one class-level Jakarta Validation
 * constraint of the document, through which any provider checks the rules that {@link DocumentRules} checks as plain
 * Java.
 *
 * <p>Each violation of a rule is reported as a violation of its own, with the property path of the offending value,
 * such as {@code initiatives[0].twinPairings[0].twinCity}, and a literal message of the form {@code [code] message},
 * such as {@code [known-actors] references unknown actor 'avesta2'}: the rule's code in brackets, a space, then the
 * message that {@link RuleViolation#message()} holds. User input in the message is escaped, so the provider's
 * message interpolator never evaluates it. {@link RuleViolation#from(jakarta.validation.ConstraintViolation)} turns
 * such a violation back into a {@link RuleViolation}. The rules and their codes are listed in the
 * {@linkplain org.climatecity.core.document package description}.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = SatisfiesDocumentRulesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SatisfiesDocumentRules {

    /**
     * Returns the message for a violation without a more precise one; the validator reports each rule's own.
     *
     * @return the literal message
     */
    String message() default "the document must satisfy every document rule";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
