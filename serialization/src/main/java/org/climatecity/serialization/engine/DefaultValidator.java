package org.climatecity.serialization.engine;

import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * The default Jakarta Validation provider's validator, built on first use and shared.
 *
 * <p>It interpolates messages with {@link LiteralMessages}, so no expression language is needed, on the class path
 * or the module path. And it keeps Hibernate Validator's start-up line ({@code HV000001: Hibernate Validator …}) off
 * standard error when Hibernate Validator logs through {@code java.util.logging} and that logger has not been
 * configured: the line says nothing to the users of a library that only validates documents with it.
 */
public final class DefaultValidator {

    /** Hibernate Validator's logger of its version, held so that its level stays set. */
    private static final Logger VERSION_LOGGER = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private static volatile @Nullable Validator instance;
    /** Whether a bootstrap has been started in the background. */
    private static final AtomicBoolean PREFETCHED = new AtomicBoolean();

    private DefaultValidator() {
    }

    /**
     * Starts building the validator in a background thread, unless it is built or being built: a first validating read
     * can then parse the document while the provider boots (a few hundred milliseconds of class loading in a fresh
     * JVM), and {@link #get()} waits for it. A failure in the background is left to {@link #get()} to report.
     */
    public static void prefetch() {
        if (instance != null || !PREFETCHED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                get();
            } catch (RuntimeException | LinkageError e) {
                // get() on the reading thread builds again and throws this to the caller
            }
        }, "climate-city validator bootstrap");
        thread.setDaemon(true);
        thread.start();
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
                    quietVersionLine();
                    try {
                        v = Validation.byDefaultProvider().configure().messageInterpolator(new LiteralMessages())
                                .buildValidatorFactory().getValidator();
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

    /** Raises the level of the version logger to warnings, unless it or a parent other than the root has a level. */
    private static void quietVersionLine() {
        for (Logger logger = VERSION_LOGGER; logger != null && logger.getParent() != null;
                logger = logger.getParent()) {
            if (logger.getLevel() != null) {
                return;
            }
        }
        VERSION_LOGGER.setLevel(Level.WARNING);
    }
}
