package org.climatecity.serialization;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.climatecity.serialization.engine.KeptProperties;
import tools.jackson.databind.JsonNode;

/**
 * The properties of a read document that this version of the format does not know, kept so that writing the
 * document back loses nothing that a newer tool wrote.
 *
 * <p>Each unknown property belongs to the object of the model it was found in. When the document is written back
 * (see {@link ClimateCityDocuments#write(ReadResult, java.io.Writer)}) the properties are re-inserted into their
 * object, after its known properties, in their original order. An object is found again
 * <ol>
 * <li>as the same instance: records are immutable, so a tool that edits a document with {@code withXxx} copies
 * keeps every untouched object, and with it its unknown properties, wherever it moves;
 * <li>otherwise, for an object an edit replaced, as the object now at the same JSON Pointer with the same type and,
 * when it has one, the same {@code id};
 * <li>the root object's properties are always written back.
 * </ol>
 * Properties of an object that no longer exists are dropped.
 *
 * <p>Immutable and thread-safe: values are copied in and out.
 *
 * @since 0.1.0
 */
public final class UnknownProperties {

    /** No unknown properties. */
    public static final UnknownProperties NONE = new UnknownProperties(KeptProperties.NONE);

    /**
     * One unknown property.
     *
     * @param pointer the JSON Pointer of the property where it was read, such as {@code /actors/0/website}, not null
     * @param name the property name, not null
     * @param value a copy of the value, not null
     * @since 0.1.0
     */
    public record Entry(String pointer, String name, JsonNode value) {

        /**
         * Creates an entry.
         *
         * @param pointer the pointer, not null
         * @param name the name, not null
         * @param value the value, not null; copied
         */
        public Entry {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(name, "name");
            value = value.deepCopy();
        }

        /**
         * Returns a copy of the value.
         *
         * @return the value, not null
         */
        @Override
        public JsonNode value() {
            return value.deepCopy();
        }
    }

    private final KeptProperties kept;

    UnknownProperties(KeptProperties kept) {
        this.kept = kept;
    }

    /** The engine's store, to write the properties back. */
    KeptProperties kept() {
        return kept;
    }

    /**
     * Checks if there are no unknown properties.
     *
     * @return true when the document had none
     */
    public boolean isEmpty() {
        return kept.groups().isEmpty();
    }

    /**
     * Returns every unknown property, in document order.
     *
     * @return the entries, unmodifiable
     */
    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (KeptProperties.Group group : kept.groups()) {
            group.properties().forEach((name, value) ->
                    entries.add(new Entry(group.objectPointer() + "/" + KeptProperties.escape(name), name, value)));
        }
        return Collections.unmodifiableList(entries);
    }

    /**
     * Returns the unknown properties read in the object at a JSON Pointer, such as {@code /initiatives/0}.
     *
     * @param objectPointer the object's pointer, the empty string for the root, not null
     * @return copies of the properties in their order, empty when there are none
     */
    public Map<String, JsonNode> inObject(String objectPointer) {
        KeptProperties.Group group = kept.at(Objects.requireNonNull(objectPointer, "objectPointer"));
        if (group == null) {
            return Map.of();
        }
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        group.properties().forEach((name, value) -> copy.put(name, value.deepCopy()));
        return Collections.unmodifiableMap(copy);
    }

    @Override
    public String toString() {
        return "UnknownProperties" + entries().stream().map(Entry::pointer).toList();
    }
}
