package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that ids are unique: no two actors share an {@link org.climatecity.core.id.ActorId}; no two entities of
 * one kind (initiatives, targets, forums, action plans, actions, pilots, scaling plans, indicators, funding
 * sources, investment plans) share a
 * {@link org.climatecity.core.id.LocalId} anywhere in the document; and a partner has at most one partnership per
 * initiative.
 *
 * <p>Each repeat is reported at its id, such as {@code actors[40].id} or
 * {@code initiatives[0].partnerships[7].partner}, naming where the id was first used.
 *
 * <p>Violation code {@code unique-ids}. Each violation carries its own literal message that states the rule and the
 * offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = UniqueIdsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UniqueIds {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "ids must be unique";

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
