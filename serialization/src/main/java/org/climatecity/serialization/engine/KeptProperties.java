package org.climatecity.serialization.engine;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The unknown properties kept by a read, grouped by the model object they were found in, and found again when the
 * document is written: by identity, else by pointer, type and id. {@code UnknownProperties} publishes them.
 * Immutable once built.
 */
public final class KeptProperties {

    /** No kept properties. */
    public static final KeptProperties NONE = new KeptProperties(List.of());

    /**
     * The unknown properties of one object.
     *
     * @param objectPointer the object's JSON Pointer, empty for the root
     * @param owner the model object they belong to
     * @param properties the properties in their order
     */
    public record Group(String objectPointer, Object owner, Map<String, JsonNode> properties) {
    }

    private final List<Group> groups;
    private final Map<Object, Group> byOwner = new IdentityHashMap<>();
    private final Map<String, Group> byPointer = new HashMap<>();
    /** By reference slot, the ids the read document declared its values under, by value. */
    private final List<Map<Object, String>> declaredIds;

    KeptProperties(List<Group> groups) {
        this(groups, List.of());
    }

    KeptProperties(List<Group> groups, List<Map<Object, String>> declaredIds) {
        this.declaredIds = List.copyOf(declaredIds);
        this.groups = List.copyOf(groups);
        for (Group group : this.groups) {
            byOwner.put(group.owner(), group);
            byPointer.put(group.objectPointer(), group);
        }
    }

    /**
     * Returns the groups in document order.
     *
     * @return the groups, unmodifiable
     */
    public List<Group> groups() {
        return groups;
    }

    /**
     * Returns the group read in the object at a pointer.
     *
     * @param objectPointer the pointer
     * @return the group, or null
     */
    public @Nullable Group at(String objectPointer) {
        return byPointer.get(objectPointer);
    }

    /**
     * Returns the id a read document declared a value under, so that writing it back keeps the document's ids.
     *
     * @param slot the reference slot
     * @param value the declared value
     * @return the id, or null when the read document did not declare the value
     */
    @Nullable String declaredId(int slot, Object value) {
        return slot < declaredIds.size() ? declaredIds.get(slot).get(value) : null;
    }

    /** Finds the group of an object being written, by identity or else by place, type and id. */
    @Nullable Group lookup(Object owner, String pointer) {
        Group group = byOwner.get(owner);
        if (group != null) {
            return group;
        }
        group = byPointer.get(pointer);
        if (group != null && (pointer.isEmpty() || ModelCodecs.INSTANCE.sameKind(group.owner(), owner))) {
            return group;
        }
        return null;
    }

    /**
     * Escapes a property name as a JSON Pointer segment (RFC 6901).
     *
     * @param name the name
     * @return the segment
     */
    public static String escape(String name) {
        if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
            return name;
        }
        return name.replace("~", "~0").replace("/", "~1");
    }
}
