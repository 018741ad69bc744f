package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that the ids an initiative refers to name entities of the same initiative: a twin pairing's shared targets
 * name its targets, a forum's outputs name its action plans, a scaling plan's pilot names one of its pilots, and an
 * indicator's tracked action and tracked target name an action of its action plans and one of its targets; an
 * action's funding, a funder role's funding and an investment plan's allocations name funding sources of the
 * initiative, and its costs and allocations actions of it; a programme support's funding names a funding source of
 * any initiative.
 *
 * <p>Each unknown id is reported at the reference, such as {@code initiatives[0].scalingPlans[0].pilot}.
 *
 * <p>Violation code {@code known-local-ids}. Each violation carries its own literal message that states the rule and
 * the offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = KnownLocalIdsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownLocalIds {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "every referenced id must name an entity of the initiative";

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
