package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that no funding is counted twice. Within an initiative, an investment plan's allocations never put one
 * funding source towards one action and year twice, and the allocations of a source, over all its initiative's
 * plans, do not exceed the source's amount where it states one (and are in its currency). Programme support that
 * names a funding source does not state an amount of its own, which would count the money a second time, and no two
 * support entries name the same source.
 *
 * <p>Reported at the allocation, such as {@code initiatives[0].investmentPlans[0].allocations[3]}, or at the
 * support's amount or funding, such as {@code programme.support[0].amount}.
 *
 * <p>Violation code {@code funding-counted-once}. Each violation carries its own literal message that states the rule
 * and the offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = FundingCountedOnceValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FundingCountedOnce {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "funding must not be counted twice";

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
