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
     * True when a value of this type may hold a record that a document declares once ({@link ReferenceCodec}), so
     * that walks over a document for those records skip the rest. Set while the codecs are built.
     */
    boolean holdsReferences;

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

    /**
     * Returns a value with the stand-ins of references replaced by their declared values: the value itself when it
     * holds none, else a copy, recorded in the substitution.
     *
     * @param value the value, not null
     * @param substitution the stand-ins and their values; receives the records rebuilt
     * @return the value or its copy
     */
    Object substitute(Object value, ReferenceCodec.Substitution substitution) {
        return value;
    }

    /**
     * Collects the records a document declares once that a value holds, in the order written.
     *
     * @param value the value, not null
     * @param found by reference slot, the values found so far, in order
     */
    void collect(Object value, java.util.Map<Object, String>[] found) {
    }
}
