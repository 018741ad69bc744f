package org.climatecity.serialization.engine;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A parser being read, with the state of the read. A reading of a buffered object (see {@link UnionCodec}) has a
 * base pointer and a fixed location, those of the buffered object.
 */
final class Reading {

    final JsonParser p;
    final ReadState state;
    private final String base;
    private final @Nullable TokenStreamLocation fixed;

    Reading(JsonParser p, ReadState state) {
        this(p, state, "", null);
    }

    Reading(JsonParser p, ReadState state, String base, @Nullable TokenStreamLocation fixed) {
        this.p = p;
        this.state = state;
        this.base = base;
        this.fixed = fixed;
    }

    /** The JSON Pointer of the current token's value (of the object or array for a start or end token). */
    String pointer() {
        String pointer = p.streamReadContext().pathAsPointer().toString();
        return base.isEmpty() ? pointer : base + pointer;
    }

    TokenStreamLocation location() {
        return fixed != null ? fixed : p.currentTokenLocation();
    }

    /** Records a problem at the current value. */
    void problem(String code, String message) {
        state.add(pointer(), location(), code, message);
    }

    /** Records a wrong-type problem at the current value and skips it. */
    void wrongType(String expected) {
        problem(Codes.WRONG_TYPE, "must be " + expected + ", was " + describe(p.currentToken()));
        p.skipChildren();
    }

    static String describe(@Nullable JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "a " + token.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
