package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that a twin pairing pairs two different cities: a city is never its own twin. That both are
 * municipalities is checked by {@link ReferencedActorKinds}.
 *
 * <p>Reported at {@code initiatives[i].twinPairings[j].twinCity}.
 *
 * <p>Violation code {@code distinct-twin-cities}. Each violation carries its own literal message that states the rule
 * and the offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = DistinctTwinCitiesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface DistinctTwinCities {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "a twin pairing must pair two different cities";

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
