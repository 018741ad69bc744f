package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks the years of each climate target: the baseline year comes before the target year, and the milestones'
 * years increase strictly and lie strictly between the baseline year (when there is a baseline) and the target year.
 *
 * <p>Reported at {@code initiatives[i].targets[j].baseline.year} or
 * {@code initiatives[i].targets[j].milestones[m].year}.
 *
 * <p>Violation code {@code ordered-target-years}. Each violation carries its own literal message that states the rule
 * and the offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = OrderedTargetYearsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrderedTargetYears {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "a target's baseline year, milestone years and target year must be in strictly"
            + " increasing order";

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
