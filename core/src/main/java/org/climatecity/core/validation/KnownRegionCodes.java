package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks that every Swedish municipality code and county code in the document names one of the 290
 * municipalities or 21 counties of the {@link org.climatecity.core.registry.SwedishRegions registry}: the
 * {@code se-kommun} and {@code se-lan} identifiers of places, the counties of regional authorities and county
 * administrative boards, and the codes of municipality, county and Swedish LAU areas in initiative scopes, scaling
 * stages and their jurisdictions.
 *
 * <p>Reported at the code, such as {@code actors[3].identifiers[0]} or
 * {@code initiatives[0].scopes[1].geography.code}.
 *
 * <p>Violation code {@code known-region-codes}. Each violation carries its own literal message that states the rule and
 * the offending value; user input in it is escaped, never interpolated.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = KnownRegionCodesValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownRegionCodes {

    /**
     * Returns the message for a violation without a more precise one; the validator reports its own messages.
     *
     * @return the literal message
     */
    String message() default "municipality and county codes must name existing Swedish municipalities and counties";

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
