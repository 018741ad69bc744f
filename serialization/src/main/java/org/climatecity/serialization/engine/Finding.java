package org.climatecity.serialization.engine;

import java.util.Comparator;

/**
 * One problem as the engine records it; the facade publishes it as a {@code Problem}.
 *
 * @param pointer the JSON Pointer of the offending value
 * @param code the stable code, see {@link Codes}
 * @param message what is wrong, for people
 * @param line the 1-based line, or 0 when not known
 * @param column the 1-based column, or 0 when not known
 */
public record Finding(String pointer, String code, String message, int line, int column) {

    /** Findings in a stable order: by position, then pointer, code and message. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::pointer).thenComparing(Finding::code)
            .thenComparing(Finding::message);
}
