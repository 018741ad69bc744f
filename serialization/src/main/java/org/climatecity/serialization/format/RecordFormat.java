package org.climatecity.serialization.format;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the document format says about one record of the model beyond its components' names and types, which the
 * format takes from the record itself: which components are optional, which lists must not be empty, the ranges
 * of its numbers, and whether readers record where it starts.
 *
 * <p>A component is optional exactly when the model marks its type {@code @Nullable} (JSpecify): it is omitted
 * when null, never written or read as {@code null}. Otherwise a component is required, a collection component is
 * omitted when empty and read as empty when absent, and a problem found after binding is located at the record's
 * start. The rest is built only while {@link ModelFormat} declares the format; read-only afterwards.
 *
 * @param <R> the record type
 */
public final class RecordFormat<R> {

    private final Class<R> type;
    private final Set<String> components = new HashSet<>();
    private final Set<String> optional = new HashSet<>();
    private final Map<String, Integer> minimumSizes = new HashMap<>();
    private final Map<String, Range> ranges = new HashMap<>();
    private boolean located = true;

    RecordFormat(Class<R> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        this.type = type;
        for (RecordComponent component : type.getRecordComponents()) {
            components.add(component.getName());
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                optional.add(component.getName());
            }
        }
    }

    /**
     * Returns the record type.
     *
     * @return the type
     */
    public Class<R> type() {
        return type;
    }

    /**
     * Declares collection components the model requires to be non-empty: required in documents.
     *
     * @param components the components' names
     * @return this
     * @throws IllegalArgumentException if a name is not one of the record's components
     */
    RecordFormat<R> nonEmpty(String... components) {
        for (String name : components) {
            minimumSizes.put(component(name), 1);
        }
        return this;
    }

    /**
     * Declares a collection component that must hold at least a number of elements: required in documents.
     *
     * @param minimum the least number of elements, at least 1
     * @param component the component's name
     * @return this
     * @throws IllegalArgumentException if the name is not one of the record's components
     */
    RecordFormat<R> atLeast(int minimum, String component) {
        if (minimum < 1) {
            throw new IllegalArgumentException("minimum must be at least 1, was " + minimum);
        }
        minimumSizes.put(component(component), minimum);
        return this;
    }

    /**
     * Declares the range numeric components lie in, as the model checks it.
     *
     * @param range the range
     * @param components the components' names
     * @return this
     * @throws IllegalArgumentException if a name is not one of the record's components
     */
    RecordFormat<R> range(Range range, String... components) {
        for (String name : components) {
            ranges.put(component(name), Objects.requireNonNull(range, "range"));
        }
        return this;
    }

    /**
     * Declares that readers need not record where this record starts: no document rule points into it, and a
     * problem inside it is located at the nearest enclosing record that is recorded. Meant for small values that
     * occur by the ten thousand.
     *
     * @return this
     */
    RecordFormat<R> unlocated() {
        located = false;
        return this;
    }

    private String component(String name) {
        if (!components.contains(name)) {
            throw new IllegalArgumentException(name + " is not a component of " + type.getName() + ", whose components"
                    + " are " + Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
        }
        return name;
    }

    /**
     * Checks if a component is optional: its type is {@code @Nullable} in the model.
     *
     * @param component the component name
     * @return true when omitted when null
     */
    public boolean isOptional(String component) {
        return optional.contains(component);
    }

    /**
     * Returns the least number of elements of a collection component, 0 when it may be empty.
     *
     * @param component the component name
     * @return the minimum size
     */
    public int minimumSize(String component) {
        return minimumSizes.getOrDefault(component, 0);
    }

    /**
     * Returns the range of a numeric component.
     *
     * @param component the component name
     * @return the range, or null when the format states none
     */
    public @Nullable Range range(String component) {
        return ranges.get(component);
    }

    /**
     * Checks if readers record where this record starts, to locate problems found after binding.
     *
     * @return true unless the format declares the record unlocated
     */
    public boolean isLocated() {
        return located;
    }
}
