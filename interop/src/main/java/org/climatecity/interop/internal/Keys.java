package org.climatecity.interop.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the ids of an outside system that the model has no place for in a provenance note, in the fixed form
 * {@code openclimate: emissions_id=X; datasource_id=Y}, so that an export can write them back exactly. Values must
 * not contain {@code "; "}.
 */
public final class Keys {

    private Keys() {
    }

    /**
     * Writes ids as a note.
     *
     * @param system the system, such as {@code openclimate}
     * @param keys the ids by column name, in order; null values are left out
     * @return the note
     */
    public static String format(String system, Map<String, @Nullable String> keys) {
        StringBuilder out = new StringBuilder(system).append(':');
        String separator = " ";
        for (Map.Entry<String, @Nullable String> entry : keys.entrySet()) {
            if (entry.getValue() != null) {
                out.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
                separator = "; ";
            }
        }
        return out.toString();
    }

    /**
     * Reads ids from a note written by {@link #format}.
     *
     * @param system the system
     * @param note the note, or null
     * @return the ids by column name, empty when the note is not of the system
     */
    public static Map<String, String> parse(String system, @Nullable String note) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (note == null || !note.startsWith(system + ": ")) {
            return keys;
        }
        for (String part : note.substring(system.length() + 2).split("; ")) {
            int equals = part.indexOf('=');
            if (equals > 0) {
                keys.put(part.substring(0, equals), part.substring(equals + 1));
            }
        }
        return keys;
    }
}
