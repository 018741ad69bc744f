package org.climatecity.serialization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.climatecity.core.diff.Change;
import org.climatecity.core.diff.ChangeKind;
import org.climatecity.core.diff.DiffOptions;
import org.climatecity.core.diff.DocumentDiff;
import org.climatecity.core.diff.MatchedPointers;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Compares two read documents: their models with {@link DocumentDiff}, and the properties that the reader kept
 * because the model does not know them.
 *
 * <p>An unknown property is matched through the object it belongs to, wherever the matching of the model moved
 * that object ({@link MatchedPointers}), and then by its name; its values are the JSON values read. The
 * properties of a removed object are reported removed. Numbers are compared by value.
 *
 * @since 0.1.0
 */
public final class DocumentDiffs {

    /** The part named by the changes of unknown properties. */
    public static final String UNKNOWN_PROPERTIES = "unknown properties";

    /** Numbers are equal by value, so that {@code 123.45} and {@code 123.4500} are the same number. */
    private static final java.util.Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    private DocumentDiffs() {
    }

    /**
     * Compares two read documents with the default options.
     *
     * @param older the older document as read, not null
     * @param newer the newer document as read, not null
     * @return the changes of the model, then those of the unknown properties, not null
     */
    public static DocumentDiff between(ReadResult older, ReadResult newer) {
        return between(older, newer, DiffOptions.DEFAULTS);
    }

    /**
     * Compares two read documents.
     *
     * @param older the older document as read, not null
     * @param newer the newer document as read, not null
     * @param options the options, not null
     * @return the changes of the model, then those of the unknown properties, not null
     */
    public static DocumentDiff between(ReadResult older, ReadResult newer, DiffOptions options) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        DocumentDiff model = DocumentDiff.between(older.document(), newer.document(), options);
        MatchedPointers matched = MatchedPointers.between(older.document(), newer.document(), options);
        Map<String, UnknownProperties.Entry> after = byPointer(newer.unknownProperties());
        List<Change> unknown = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (UnknownProperties.Entry entry : older.unknownProperties().entries()) {
            UnknownProperties.Entry now = matched.inNewer(entry.pointer()).map(after::get).orElse(null);
            if (now == null) {
                unknown.add(change(ChangeKind.REMOVED, entry, null));
            } else {
                seen.add(now.pointer());
                if (!now.value().equals(SAME_NUMBER, entry.value())) {
                    unknown.add(change(ChangeKind.CHANGED, entry, now));
                }
            }
        }
        after.forEach((pointer, entry) -> {
            if (!seen.contains(pointer)) {
                unknown.add(change(ChangeKind.ADDED, null, entry));
            }
        });
        return model.withChanges(unknown);
    }

    private static Change change(ChangeKind kind, UnknownProperties.@Nullable Entry older,
            UnknownProperties.@Nullable Entry newer) {
        UnknownProperties.Entry either = Objects.requireNonNull(newer != null ? newer : older);
        return new Change(kind, older == null ? null : older.pointer(), newer == null ? null : newer.pointer(),
                older == null ? null : older.value(), newer == null ? null : newer.value(), UNKNOWN_PROPERTIES,
                List.of(), either.name());
    }

    private static Map<String, UnknownProperties.Entry> byPointer(UnknownProperties properties) {
        Map<String, UnknownProperties.Entry> map = new LinkedHashMap<>();
        properties.entries().forEach(e -> map.put(e.pointer(), e));
        return map;
    }
}
