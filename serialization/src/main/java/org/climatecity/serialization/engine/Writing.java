package org.climatecity.serialization.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;

/**
 * A generator being written, with the unknown properties to put back. The path is tracked only when there are
 * unknown properties, so writing a plain document costs nothing extra.
 */
final class Writing {

    final JsonGenerator g;
    /** Room for the characters of one small value (a date, an amount), reused so that none needs a string. */
    final char[] scratch = new char[32];
    /** The version written into the document root. */
    final String version;
    private final @Nullable KeptProperties unknowns;
    /** What a read kept, for the ids its document declared its values under; null when not writing a read. */
    final @Nullable KeptProperties kept;
    private final @Nullable List<String> path;
    /**
     * By reference slot, the values the document declares once with their ids, in order; null when not writing a
     * document (a value written alone through the Jackson module), where such values are written in full.
     */
    @Nullable Map<Object, String> @Nullable [] declared;

    Writing(JsonGenerator g, @Nullable KeptProperties unknowns) {
        this(g, unknowns, FormatVersions.CURRENT);
    }

    Writing(JsonGenerator g, @Nullable KeptProperties unknowns, String version) {
        this.g = g;
        this.version = version;
        this.kept = unknowns;
        this.unknowns = unknowns == null || unknowns.groups().isEmpty() ? null : unknowns;
        this.path = this.unknowns == null ? null : new ArrayList<>();
    }

    /**
     * Returns the declared values of a reference slot with their ids.
     *
     * @param slot the slot
     * @return the values, or null when not writing a document
     */
    @Nullable Map<Object, String> declared(int slot) {
        return declared == null ? null : declared[slot];
    }

    boolean tracking() {
        return path != null;
    }

    void push(String segment) {
        path.add(KeptProperties.escape(segment));
    }

    void push(int index) {
        path.add(Integer.toString(index));
    }

    void pop() {
        path.remove(path.size() - 1);
    }

    /** Writes the unknown properties that belong to an object, if any. */
    void writeUnknowns(Object owner) {
        if (unknowns == null) {
            return;
        }
        String pointer = path.isEmpty() ? "" : "/" + String.join("/", path);
        KeptProperties.Group group = unknowns.lookup(owner, pointer);
        if (group != null) {
            for (Map.Entry<String, JsonNode> property : group.properties().entrySet()) {
                g.writeName(property.getKey());
                g.writeTree(property.getValue());
            }
        }
    }
}
