package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that the places of the document form a consistent hierarchy: every {@code partOf} names a place (a
 * municipality or a territory), no place is (indirectly) part of itself, a place lies in the country of the place it
 * is part of (unless that is a group of countries), and no identifier names two places, so that a lookup by any
 * identifier finds one place.
 *
 * <p>Reported at {@code actors[i].partOf} or, for a repeated identifier, at the later
 * {@code actors[i].identifiers[j]}.
 *
 * <p>Violation code {@code consistent-places}. Each violation carries its own literal message that states the rule
 * and the offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ConsistentPlacesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentPlaces {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "places must form a consistent hierarchy with unique identifiers";

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
