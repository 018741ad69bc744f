package org.climatecity.core;

/**
 * Signals that a value or an object of the climate-city model breaks one of its rules.
 *
 * <p>This is the single unchecked exception family of the library: every invariant check in the model throws it,
 * with a message that states the rule and the offending value, for example
 * {@code municipality code must be 4 digits, was '208'}.
 *
 * @since 0.1.0
 */
public class ClimateCityException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that states the broken rule.
     *
     * @param message the rule and the offending value, not null
     */
    public ClimateCityException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the cause that revealed the problem.
     *
     * @param message the rule and the offending value, not null
     * @param cause the underlying cause, may be null
     */
    public ClimateCityException(String message, Throwable cause) {
        super(message, cause);
    }
}
