package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that where a reference implies the kind of actor, the actor has that kind: programme members, lead
 * cities, twin cities (pilot and twin) and pilot host cities are municipalities, programme agencies are national
 * agencies, and the programme office is a programme office. References to unknown actors are left to
 * {@link KnownActors}.
 *
 * <p>Each mismatch is reported at the reference, such as {@code programmes[0].agencies[6].member}, naming the actor and
 * its kind.
 *
 * <p>Violation code {@code referenced-actor-kinds}. Each violation carries its own literal message that states the rule
 * and the offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ReferencedActorKindsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReferencedActorKinds {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "referenced actors must be of the kind the reference requires";

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
