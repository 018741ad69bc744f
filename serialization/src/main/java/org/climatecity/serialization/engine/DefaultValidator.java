package org.climatecity.serialization.engine;

import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

/** The default Jakarta Validation provider's validator, built on first use and shared. */
public final class DefaultValidator {

    private static volatile @Nullable Validator instance;

    private DefaultValidator() {
    }

    /**
     * Returns the default validator, building it on first use.
     *
     * @return the validator
     * @throws IllegalStateException if no provider is on the class or module path
     */
    public static Validator get() {
        Validator v = instance;
        if (v == null) {
            synchronized (DefaultValidator.class) {
                v = instance;
                if (v == null) {
                    try {
                        v = Validation.buildDefaultValidatorFactory().getValidator();
                    } catch (NoProviderFoundException e) {
                        throw new IllegalStateException("no Jakarta Validation provider found: add one such as"
                                + " org.hibernate.validator:hibernate-validator, pass a Validator to the"
                                + " builder, or build with validate(false)", e);
                    }
                    instance = v;
                }
            }
        }
        return v;
    }
}
