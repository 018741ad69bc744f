package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that each stage of a scaling plan covers the areas of the stage before it (see
 * {@link org.climatecity.core.pilot.ScalingStage#covers(org.climatecity.core.pilot.ScalingStage)}): pilot cities,
 * then their county, then the country, then a group of countries.
 *
 * <p>Reported at the geographies of the stage that does not cover its predecessor, such as
 * {@code initiatives[0].scalingPlans[0].stages[1].geographies}.
 *
 * <p>Violation code {@code nested-scaling-stages}. Each violation carries its own literal message that states the rule
 * and the offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = NestedScalingStagesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NestedScalingStages {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "each stage of a scaling plan must cover the areas of the previous stage";

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
