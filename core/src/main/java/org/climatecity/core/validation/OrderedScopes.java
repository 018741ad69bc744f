package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that the scopes of an initiative start in strictly increasing date order, so that the scope on a date is
 * never ambiguous.
 *
 * <p>Reported at the scope that starts too early, such as {@code initiatives[0].scopes[1].from}.
 *
 * <p>Violation code {@code ordered-scopes}. Each violation carries its own literal message that states the rule and the
 * offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = OrderedScopesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrderedScopes {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "the scopes of an initiative must start in strictly increasing date order";

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
