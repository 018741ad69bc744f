package org.climatecity.serialization.format;

import java.util.Collections;
import java.util.Map;

/**
 * What the document format says about a sealed type of the model: each subtype's name in the {@code "type"}
 * property. The subtypes and their names come from the model ({@link ModelFormat#unionFormat(Class)} says how), so
 * they are written once.
 *
 * @param <T> the sealed type
 */
public final class UnionFormat<T> {

    private final Class<T> type;
    private final Map<String, Class<? extends T>> subtypes;

    UnionFormat(Class<T> type, Map<String, Class<? extends T>> subtypes) {
        this.type = type;
        this.subtypes = Collections.unmodifiableMap(subtypes);
    }

    /**
     * Returns the sealed type.
     *
     * @return the type
     */
    public Class<T> type() {
        return type;
    }

    /**
     * Returns the subtypes by type name, in the order of the model.
     *
     * @return the subtypes, unmodifiable
     */
    public Map<String, Class<? extends T>> subtypes() {
        return subtypes;
    }
}
