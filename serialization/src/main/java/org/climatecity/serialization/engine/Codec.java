package org.climatecity.serialization.engine;

import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one type of the model as a streaming JSON value.
 *
 * <p>Reading starts on the value's first token and ends on its last. It returns the value, or null after recording
 * a problem (reading then goes on after the value, so every problem of a document is found).
 *
 * @param <T> the type
 */
abstract class Codec<T> {

    /**
     * Reads a value.
     *
     * @param r the reading, on the value's first token
     * @return the value, or null when a problem was recorded
     */
    abstract @Nullable T read(Reading r);

    /**
     * Writes a value.
     *
     * @param value the value, not null
     * @param w the writing
     */
    abstract void write(T value, Writing w);

    /**
     * Describes the JSON this codec expects, for messages, such as {@code "a string"}.
     *
     * @return the description
     */
    abstract String expected();
}
