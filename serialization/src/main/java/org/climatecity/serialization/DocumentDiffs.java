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
import org.jspecify.annotations.Nullable;

/**
 * Compares two read documents: their models with {@link DocumentDiff}, and the properties that the reader kept
 * because the model does not know them.
 *
 * <p>An unknown property is matched by its JSON Pointer in both documents; its values are the JSON values read. A
 * property of an object that moved to another index is therefore reported as removed at one pointer and added at
 * the other.
 *
 * @since 0.1.0
 */
public final class DocumentDiffs {

    /** The part named by the changes of unknown properties. */
    public static final String UNKNOWN_PROPERTIES = "unknown properties";

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
        Map<String, UnknownProperties.Entry> before = byPointer(older.unknownProperties());
        Map<String, UnknownProperties.Entry> after = byPointer(newer.unknownProperties());
        List<Change> unknown = new ArrayList<>();
        before.forEach((pointer, entry) -> {
            UnknownProperties.Entry now = after.get(pointer);
            if (now == null) {
                unknown.add(change(ChangeKind.REMOVED, entry, null));
            } else if (!now.value().equals(entry.value())) {
                unknown.add(change(ChangeKind.CHANGED, entry, now));
            }
        });
        after.forEach((pointer, entry) -> {
            if (!before.containsKey(pointer)) {
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
