package org.climatecity.serialization.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * A list or set as a JSON array; every element is read, so every bad element is reported.
 *
 * <p>When elements fail to bind, the others are still returned: as a {@link Partial} list that knows where each
 * element stood, or as a set. The document then cannot be returned, as problems were recorded, but the document rules
 * can still be checked on what was bound (see {@code PartialDocument}).
 */
final class ListCodec<T> extends Codec<Collection<T>> {

    /** The elements of a list that bound, with the index each had in the source. */
    static final class Partial<T> extends ArrayList<T> {
        private static final long serialVersionUID = 1L;

        /** The source index of each element. */
        final int[] sourceIndices;

        Partial(List<T> values, int[] sourceIndices) {
            super(values);
            this.sourceIndices = sourceIndices;
        }
    }

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
        if (set) {
            return readInto(new LinkedHashSet<>(), r);
        }
        // read into a buffer reused by every list of this depth, then copied once: the model keeps lists as given
        // when they are unmodifiable already, so the copy is the only one (an ArrayList per list would grow, and
        // its copy be copied again)
        @SuppressWarnings("unchecked")
        List<T> buffer = (List<T>) r.state.takeListBuffer();
        try {
            Collection<T> values = readInto(buffer, r);
            return values instanceof Partial<T> ? values : copy(buffer);
        } finally {
            r.state.releaseListBuffer();
        }
    }

    /**
     * Copies a list into an unmodifiable one, which the model keeps as given. Most lists of a document hold one or two
     * elements: those are taken one by one, where {@link List#copyOf} copied them into an array first and then into
     * the list.
     */
    private static <T> List<T> copy(List<T> values) {
        return switch (values.size()) {
            case 0 -> List.of();
            case 1 -> List.of(values.get(0));
            case 2 -> List.of(values.get(0), values.get(1));
            default -> List.copyOf(values);
        };
    }

    /** Reads the elements into a collection: the collection, or a partial copy when an element failed to bind. */
    private Collection<T> readInto(Collection<T> values, Reading r) {
        List<Integer> kept = null;
        int index = 0;
        for (JsonToken t = r.p.nextToken(); t != JsonToken.END_ARRAY; t = r.p.nextToken(), index++) {
            boolean added = false;
            if (t == JsonToken.VALUE_NULL) {
                r.problem(Codes.WRONG_TYPE, "must be " + element.expected() + ", was null");
            } else {
                T value = element.read(r);
                if (value != null) {
                    added = values.add(value);
                    if (!added) {
                        r.problem(Codes.INVALID_VALUE, "must not repeat a value, repeated '"
                                + Texts.abbreviate(String.valueOf(value)) + "'");
                    }
                }
            }
            if (!added && kept == null) {
                kept = new ArrayList<>();
                for (int i = 0; i < index; i++) {
                    kept.add(i);
                }
            } else if (added && kept != null) {
                kept.add(index);
            }
            if (!added) {
                r.state.dropped++;
            }
        }
        if (kept == null || set) {
            return values;
        }
        int[] sourceIndices = new int[kept.size()];
        for (int i = 0; i < sourceIndices.length; i++) {
            sourceIndices[i] = kept.get(i);
        }
        return new Partial<>((List<T>) values, sourceIndices);
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
    Object substitute(Object value, ReferenceCodec.Substitution substitution) {
        Collection<?> values = (Collection<?>) value;
        List<Object> copy = null;
        int i = 0;
        for (Object element : values) {
            Object now = this.element.substitute(element, substitution);
            if (now != element && copy == null) {
                copy = new ArrayList<>(values.size());
                int j = 0;
                for (Object before : values) {
                    if (j++ == i) {
                        break;
                    }
                    copy.add(before);
                }
            }
            if (copy != null) {
                copy.add(now);
            }
            i++;
        }
        if (copy == null) {
            return value;
        }
        return set ? new LinkedHashSet<>(copy) : List.copyOf(copy);
    }

    @Override
    void collect(Object value, java.util.Map<Object, String>[] found) {
        for (Object element : (Collection<?>) value) {
            this.element.collect(element, found);
        }
    }

    @Override
    String expected() {
        return "an array";
    }

    static Set<?> asSet(Collection<?> values) {
        return (Set<?>) values;
    }
}
