package org.climatecity.serialization.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/** A list or set as a JSON array; every element is read, so every bad element is reported. */
final class ListCodec<T> extends Codec<Collection<T>> {

    final Codec<T> element;
    private final boolean set;

    ListCodec(Codec<T> element, boolean set) {
        this.element = element;
        this.set = set;
    }

    boolean isSet() {
        return set;
    }

    @Override
    @Nullable Collection<T> read(Reading r) {
        if (r.p.currentToken() != JsonToken.START_ARRAY) {
            r.wrongType("an array");
            return null;
        }
        Collection<T> values = set ? new LinkedHashSet<>() : new ArrayList<>();
        boolean failed = false;
        for (JsonToken t = r.p.nextToken(); t != JsonToken.END_ARRAY; t = r.p.nextToken()) {
            if (t == JsonToken.VALUE_NULL) {
                r.problem(Codes.WRONG_TYPE, "must be " + element.expected() + ", was null");
                failed = true;
                continue;
            }
            T value = element.read(r);
            if (value == null) {
                failed = true;
            } else if (!values.add(value)) {
                r.problem(Codes.INVALID_VALUE, "must not repeat a value, repeated '"
                        + ScalarCodecs.abbreviate(String.valueOf(value)) + "'");
                failed = true;
            }
        }
        return failed ? null : values;
    }

    @Override
    void write(Collection<T> values, Writing w) {
        w.g.writeStartArray(values, values.size());
        if (w.tracking()) {
            int i = 0;
            for (T value : values) {
                w.push(i++);
                element.write(value, w);
                w.pop();
            }
        } else if (values instanceof List<T> list) {
            for (int i = 0, n = list.size(); i < n; i++) {
                element.write(list.get(i), w);
            }
        } else {
            for (T value : values) {
                element.write(value, w);
            }
        }
        w.g.writeEndArray();
    }

    @Override
    String expected() {
        return "an array";
    }

    static Set<?> asSet(Collection<?> values) {
        return (Set<?>) values;
    }
}
