package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that the periods in which a partner holds one role do not overlap (a partner may hold different roles
 * at once).
 *
 * <p>Reported at the later assignment's period, such as {@code initiatives[0].partnerships[0].roles[3].period},
 * naming the assignment it overlaps.
 *
 * <p>Violation code {@code non-overlapping-roles}. Each violation carries its own literal message that states the rule
 * and the offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = NonOverlappingRolesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NonOverlappingRoles {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "periods of one role of one partner must not overlap";

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
