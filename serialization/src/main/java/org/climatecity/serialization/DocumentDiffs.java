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
import org.climatecity.core.ClimateCityException;
import org.climatecity.serialization.engine.DocumentWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares two read documents: their models with {@link DocumentDiff}, and the properties that the reader kept
 * because the model does not know them.
 *
 * <p>An unknown property is matched through the object it belongs to, wherever the matching of the model moved
 * that object ({@link MatchedPointers}), and then by its name; its values are the JSON values read. The
 * properties of a removed object are reported removed. Numbers are compared by value.
 *
 * <p>The changes are enough to rebuild the newer document from the older: {@link #apply(JsonNode, DocumentDiff)}
 * turns the older document's JSON tree into the newer one's, for a tool that receives only the changes.
 *
 * @since 0.1.0
 */
public final class DocumentDiffs {

    /** The part named by the changes of unknown properties. */
    public static final String UNKNOWN_PROPERTIES = "unknown properties";

    /** Numbers are equal by value, so that {@code 123.45} and {@code 123.4500} are the same number. */
    private static final java.util.Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    /** Reads a tree without validating it and writes it back compact, in the writer's order. */
    private static final ClimateCityDocuments CANONICAL = ClimateCityDocuments.builder().validate(false)
            .pretty(false).build();

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

    /**
     * Applies the changes of a diff to the JSON tree of the older document, as {@link ClimateCityDocuments} writes
     * it, and returns the tree of the newer document; the given tree is left as it was.
     *
     * <p>Each change is applied at its pointers: a changed value is replaced at its older pointer, then removed,
     * reordered and renamed elements are taken out at their older pointers (the last and deepest first), then added,
     * reordered and renamed elements are put in at their newer pointers (the first and shallowest first). Values of
     * the model are written as the document writes them; values of unknown properties are the JSON values read. A
     * list left empty is left out and a list added to is created, as the format omits empty lists. The result equals
     * the newer document's tree. Values a document declares once (its {@code dataSources}) are written out where they are
     * named while the changes are applied, and declared once again afterwards, under the ids the older tree gave
     * them and a new value under its readable id. A result that reads as a document is then read and written back
     * (without validation), so that its properties and declared values come in the writer's order; one that does
     * not is given as the changes left it, an added property last in its object.
     *
     * @param older the older document's tree, not null
     * @param diff the differences from the older document to the newer, not null
     * @return the newer document's tree, a new tree
     * @throws ClimateCityException if a change's pointer does not address a value of the tree, such as the changes
     *     of another document
     * @since 0.1.0
     */
    public static JsonNode apply(JsonNode older, DocumentDiff diff) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(diff, "diff");
        JsonNode[] root = {older.deepCopy()};
        // the diff names a data source's properties where the model holds it; the tree names it by id
        DeclaredOnce declared = DeclaredOnce.writeOut(root[0]);
        for (Change change : diff.changes()) {
            if (change.kind() == ChangeKind.CHANGED) {
                String pointer = Objects.requireNonNull(change.oldPointer());
                if (pointer.isEmpty()) {
                    root[0] = node(Objects.requireNonNull(change.newValue()));
                } else {
                    Parent parent = parent(root[0], pointer, change, false);
                    parent.set(node(Objects.requireNonNull(change.newValue())), change);
                }
            }
        }
        Map<Change, JsonNode> taken = new java.util.IdentityHashMap<>();
        List<Change> out = diff.changes().stream().filter(c -> c.kind() != ChangeKind.ADDED
                && c.kind() != ChangeKind.CHANGED).sorted((a, b) -> POINTERS.compare(b.oldPointer(), a.oldPointer()))
                .toList();
        for (Change change : out) {
            taken.put(change, parent(root[0], Objects.requireNonNull(change.oldPointer()), change, false)
                    .remove(change));
        }
        List<Change> in = diff.changes().stream().filter(c -> c.kind() != ChangeKind.REMOVED
                && c.kind() != ChangeKind.CHANGED).sorted((a, b) -> POINTERS.compare(a.newPointer(), b.newPointer()))
                .toList();
        for (Change change : in) {
            JsonNode before = taken.get(change);
            JsonNode value = change.kind() == ChangeKind.REORDERED ? Objects.requireNonNull(before)
                    : node(Objects.requireNonNull(change.newValue()));
            // a reordered element is put back as it was, with the changes inside it at its older pointers applied;
            // those at its newer pointers follow
            if (change.kind() == ChangeKind.MOVED && before instanceof ObjectNode kept
                    && value instanceof ObjectNode now) {
                // a renamed element keeps what the model does not know, such as unknown properties
                kept.setAll(now);
                value = kept;
            }
            parent(root[0], Objects.requireNonNull(change.newPointer()), change, true).insert(value, change);
        }
        return inWritersOrder(declared.declare(root[0]));
    }

    /** Reads and writes back the result where it reads as a document: the writer's order and ids. */
    private static JsonNode inWritersOrder(JsonNode tree) {
        try {
            return PLAIN.readTree(CANONICAL.writeToString(CANONICAL.read(tree.toString())));
        } catch (DocumentReadException e) {
            // a tree that does not read as a document is given as the changes left it
            return tree;
        }
    }

    /** Orders JSON Pointers segment by segment, indexes by number, a pointer before the pointers below it. */
    private static final java.util.Comparator<@Nullable String> POINTERS = (a, b) -> {
        String[] x = Objects.requireNonNull(a).split("/", -1);
        String[] y = Objects.requireNonNull(b).split("/", -1);
        for (int s = 1; s < Math.min(x.length, y.length); s++) {
            int order = isIndex(x[s]) && isIndex(y[s]) ? Long.compare(Long.parseLong(x[s]), Long.parseLong(y[s]))
                    : x[s].compareTo(y[s]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
    }

    /** The container of the value at a pointer and the value's name or index in it. */
    private record Parent(JsonNode container, String name, @Nullable ObjectNode grandparent, String containerName) {

        void set(JsonNode value, Change change) {
            if (container instanceof ObjectNode object && object.has(name)) {
                object.set(name, value);
            } else if (container instanceof ArrayNode array && isIndex(name) && Integer.parseInt(name) < array.size()) {
                array.set(Integer.parseInt(name), value);
            } else {
                throw missing(change);
            }
        }

        JsonNode remove(Change change) {
            if (container instanceof ObjectNode object && object.has(name)) {
                return object.remove(name);
            }
            if (container instanceof ArrayNode array && isIndex(name) && Integer.parseInt(name) < array.size()) {
                JsonNode removed = array.remove(Integer.parseInt(name));
                if (array.isEmpty() && grandparent != null) {
                    grandparent.remove(containerName);
                }
                return removed;
            }
            throw missing(change);
        }

        void insert(JsonNode value, Change change) {
            if (container instanceof ArrayNode array && isIndex(name) && Integer.parseInt(name) <= array.size()) {
                array.insert(Integer.parseInt(name), value);
            } else if (container instanceof ObjectNode object && !object.has(name)) {
                object.set(name, value);
            } else {
                throw missing(change);
            }
        }
    }

    /** Finds the parent of the value at a pointer; creates an omitted empty list when putting in its first element. */
    private static Parent parent(JsonNode root, String pointer, Change change, boolean putting) {
        int slash = pointer.lastIndexOf('/');
        if (slash < 0) {
            throw missing(change);
        }
        String containerPointer = pointer.substring(0, slash);
        String name = unescape(pointer.substring(slash + 1));
        JsonNode container = root.at(containerPointer);
        int up = containerPointer.lastIndexOf('/');
        JsonNode above = up < 0 ? null : root.at(containerPointer.substring(0, up));
        String containerName = up < 0 ? "" : unescape(containerPointer.substring(up + 1));
        ObjectNode grandparent = above instanceof ObjectNode object ? object : null;
        if (container.isMissingNode() && putting && grandparent != null && name.equals("0")) {
            container = grandparent.putArray(containerName);
        }
        if (container.isMissingNode()) {
            throw missing(change);
        }
        return new Parent(container, name, grandparent, containerName);
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private static ClimateCityException missing(Change change) {
        return new ClimateCityException("cannot apply the change " + change.kind().word() + " at "
                + (change.kind() == ChangeKind.ADDED ? change.newPointer() : change.oldPointer())
                + ": the tree has no such place");
    }

    /** A value of a change as JSON: an unknown property's value as read, a value of the model as written. */
    private static JsonNode node(Object value) {
        if (value instanceof JsonNode json) {
            return json.deepCopy();
        }
        java.io.StringWriter text = new java.io.StringWriter();
        try (tools.jackson.core.JsonGenerator g = PLAIN.createGenerator(text)) {
            DocumentWriter.writeValue(value, g);
        } catch (IllegalArgumentException e) {
            throw new ClimateCityException("cannot apply a change whose value is " + e.getMessage(), e);
        }
        return PLAIN.readTree(text.toString());
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
