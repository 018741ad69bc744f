package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that every actor id the document refers to names an actor of the document: the programme office,
 * members, agencies and support recipients; each initiative's lead city, twin cities, partners, forum convenors and
 * participants, commitments' stakeholders, target owners, action plan owners, actions' responsible actors,
 * participants and funders, and pilot host cities; and the owners of emissions inventories.
 *
 * <p>Each unknown id is reported at the reference, such as {@code initiatives[0].twinPairings[0].twinCity}, with the
 * message {@code references unknown actor 'avesta2'}.
 *
 * <p>Violation code {@code known-actors}. Each violation carries its own literal message that states the rule and the
 * offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = KnownActorsValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownActors {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "every referenced actor must be an actor of the document";

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
