package org.climatecity.examples;

/**
 * Signals a mistake of the user that ends a command with one clear message and an exit code, never a stack trace.
 *
 * @since 0.1.0
 */
public final class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The exit code. */
    private final int exitCode;

    /**
     * Creates the error.
     *
     * @param exitCode the exit code, one of {@link ExitCodes}
     * @param message the message to print, not null
     */
    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /**
     * Creates the error with a cause.
     *
     * @param exitCode the exit code, one of {@link ExitCodes}
     * @param message the message to print, not null
     * @param cause the cause, not null
     */
    public UserError(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /**
     * Returns the exit code.
     *
     * @return the code, one of {@link ExitCodes}
     */
    public int exitCode() {
        return exitCode;
    }
}
