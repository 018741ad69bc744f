package org.climatecity.interop;

import org.climatecity.core.ClimateCityException;

/**
 * Thrown when an input cannot be imported at all: a missing file, a folder where a file is expected, input that is
 * not CSV or JSON of the expected shape, a header without the columns the format requires. Its message names the
 * input and the rule it breaks. An import that throws it has produced nothing.
 *
 * @since 0.1.0
 */
public class ImportException extends ClimateCityException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the message, naming the input and what is wrong
     */
    public ImportException(String message) {
        super(message);
    }

    /**
     * Creates an exception with its cause.
     *
     * @param message the message, naming the input and what is wrong
     * @param cause the cause
     */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
