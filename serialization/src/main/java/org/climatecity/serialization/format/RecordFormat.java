package org.climatecity.serialization.format;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the document format says about one record of the model beyond its components' names and types, which the
 * format takes from the record itself: which components are optional, which lists must not be empty, the ranges
 * of its numbers, and whether readers record where it starts.
 *
 * <p>By default a component is required, a collection component is omitted when empty and read as empty when
 * absent, and a problem found after binding is located at the record's start. Built only while
 * {@link ModelFormat} declares the format, or from the line that describes it ({@link #line()}, {@link #parse});
 * read-only afterwards.
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
     * Declares components optional: omitted when null, never written or read as {@code null}.
     *
     * @param accessors the components
     * @return this
     */
    @SafeVarargs
    public final RecordFormat<R> optional(Accessor<R, ?>... accessors) {
        for (Accessor<R, ?> accessor : accessors) {
            optional.add(component(accessor));
        }
        return this;
    }

    /**
     * Declares collection components the model requires to be non-empty: required in documents.
     *
     * @param accessors the components
     * @return this
     */
    @SafeVarargs
    public final RecordFormat<R> nonEmpty(Accessor<R, ? extends Collection<?>>... accessors) {
        for (Accessor<R, ? extends Collection<?>> accessor : accessors) {
            minimumSizes.put(component(accessor), 1);
        }
        return this;
    }

    /**
     * Declares a collection component that must hold at least a number of elements: required in documents.
     *
     * @param minimum the least number of elements, at least 1
     * @param accessor the component
     * @return this
     */
    public RecordFormat<R> atLeast(int minimum, Accessor<R, ? extends Collection<?>> accessor) {
        if (minimum < 1) {
            throw new IllegalArgumentException("minimum must be at least 1, was " + minimum);
        }
        minimumSizes.put(component(accessor), minimum);
        return this;
    }

    /**
     * Declares the range numeric components lie in, as the model checks it.
     *
     * @param range the range
     * @param accessors the components
     * @return this
     */
    @SafeVarargs
    public final RecordFormat<R> range(Range range, Accessor<R, ? extends Number>... accessors) {
        for (Accessor<R, ? extends Number> accessor : accessors) {
            ranges.put(component(accessor), Objects.requireNonNull(range, "range"));
        }
        return this;
    }

    /**
     * Declares that readers need not record where this record starts: no document rule points into it, and a
     * problem inside it is located at the nearest enclosing record that is recorded. Worth it for small values
     * that occur by the ten thousand.
     *
     * @return this
     */
    public RecordFormat<R> unlocated() {
        located = false;
        return this;
    }

    private String component(Accessor<R, ?> accessor) {
        return component(accessor.componentName());
    }

    private String component(String name) {
        if (!components.contains(name)) {
            throw new IllegalArgumentException(name + " is not a component of " + type.getName());
        }
        return name;
    }

    /**
     * Checks if a component is optional.
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
     * @return true unless declared {@link #unlocated()}
     */
    public boolean isLocated() {
        return located;
    }

    /**
     * Describes what the format says about this record as one line of text, the same for the same declaration: the
     * record's binary name, {@code located} or {@code unlocated}, and the optional components, the least sizes and
     * the ranges, each sorted by component name ({@code -} when none), separated by spaces.
     *
     * @return the line, without a line break
     */
    String line() {
        List<String> sizes = new ArrayList<>();
        new TreeMap<>(minimumSizes).forEach((name, size) -> sizes.add(name + ":" + size));
        List<String> bounds = new ArrayList<>();
        new TreeMap<>(ranges).forEach((name, range) -> bounds.add(name + ":" + range.minimum() + ":"
                + range.exclusiveMinimum() + ":" + range.maximum()));
        return type.getName() + " " + (located ? "located" : "unlocated") + " optional=" + list(new TreeSet<>(optional))
                + " sizes=" + list(sizes) + " ranges=" + list(bounds);
    }

    private static String list(Collection<String> values) {
        return values.isEmpty() ? "-" : String.join(",", values);
    }

    /**
     * Reads a record's format from the line that {@link #line()} wrote.
     *
     * @param line the line, not null
     * @param loader the class loader of the record types, not null
     * @return the record's format
     * @throws IllegalArgumentException if the line is malformed, names no record type, or names a component that the
     *     record does not have
     */
    static RecordFormat<?> parse(String line, ClassLoader loader) {
        String[] fields = line.split(" ", -1);
        if (fields.length != 5 || !fields[2].startsWith("optional=") || !fields[3].startsWith("sizes=")
                || !fields[4].startsWith("ranges=")) {
            throw new IllegalArgumentException("malformed record format line: " + line);
        }
        Class<?> type;
        try {
            type = Class.forName(fields[0], false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("record format line names no class: " + line, e);
        }
        RecordFormat<?> format = new RecordFormat<>(type);
        switch (fields[1]) {
            case "located" -> format.located = true;
            case "unlocated" -> format.located = false;
            default -> throw new IllegalArgumentException("malformed record format line: " + line);
        }
        for (String name : items(fields[2], "optional=")) {
            format.optional.add(format.component(name));
        }
        for (String item : items(fields[3], "sizes=")) {
            String[] parts = item.split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("malformed size '" + item + "' in: " + line);
            }
            format.minimumSizes.put(format.component(parts[0]), Integer.parseInt(parts[1]));
        }
        for (String item : items(fields[4], "ranges=")) {
            String[] parts = item.split(":", -1);
            if (parts.length != 4) {
                throw new IllegalArgumentException("malformed range '" + item + "' in: " + line);
            }
            format.ranges.put(format.component(parts[0]), new Range(Double.parseDouble(parts[1]),
                    Boolean.parseBoolean(parts[2]), Double.parseDouble(parts[3])));
        }
        return format;
    }

    private static List<String> items(String field, String prefix) {
        String value = field.substring(prefix.length());
        return value.equals("-") ? List.of() : List.of(value.split(","));
    }
}
