package org.climatecity.serialization.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the document format says about a sealed type of the model: each subtype's name in the {@code "type"}
 * property, and how the type is called in messages. Type names come from the model's own constants (such as
 * {@code TargetKind.NetZero.TYPE_NAME}), so they are written once.
 *
 * @param <T> the sealed type
 */
public final class UnionFormat<T> {

    private final Class<T> type;
    private final String description;
    private final Map<String, Class<? extends T>> subtypes = new LinkedHashMap<>();

    UnionFormat(Class<T> type, String description) {
        if (!type.isSealed()) {
            throw new IllegalArgumentException(type.getName() + " is not a sealed type");
        }
        this.type = type;
        this.description = description;
    }

    UnionFormat<T> subtype(String typeName, Class<? extends T> subtype) {
        if (subtypes.putIfAbsent(typeName, subtype) != null) {
            throw new IllegalArgumentException("type name '" + typeName + "' is declared twice for " + type);
        }
        return this;
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
     * Returns how the type is called in messages, such as {@code target kind}.
     *
     * @return the description
     */
    public String description() {
        return description;
    }

    /**
     * Returns the subtypes by type name, in declaration order.
     *
     * @return the subtypes, unmodifiable
     */
    public Map<String, Class<? extends T>> subtypes() {
        return Collections.unmodifiableMap(subtypes);
    }
}
