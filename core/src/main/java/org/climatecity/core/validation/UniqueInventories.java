package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that no emissions inventory is given twice: several inventories of one owner and year are allowed when
 * their boundary or source differs (a recalculated vintage is a source of its own), so only true duplicates are
 * reported.
 *
 * <p>Reported at the later inventory's year, such as {@code inventories[4].year}.
 *
 * <p>Violation code {@code unique-inventories}. Each violation carries its own literal message that states the rule and
 * the offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = UniqueInventoriesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueInventories {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "there must be at most one emissions inventory per owner and year";

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
