package org.climatecity.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Checks the rules of a whole {@link org.climatecity.core.ProgrammeDocument} that span several objects.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = ProgrammeDocumentValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidProgrammeDocument {

    /**
     * Returns the message template.
     *
     * @return the template
     */
    String message() default "{org.climatecity.core.validation.ValidProgrammeDocument.message}";

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
