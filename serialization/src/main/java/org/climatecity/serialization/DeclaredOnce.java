package org.climatecity.serialization;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.climatecity.serialization.format.ModelFormat;
import org.climatecity.serialization.format.ReferenceFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values a document declares once (its {@code dataSources}) written out in full where they are named, and back:
 * the model's diff names a data source's properties below the object that holds it ({@code .../provenance/source/
 * vintage}), while the document names the source by its id and declares it in its root's list. Applying a diff to a
 * document's tree writes the declared values out, applies the changes, and declares the values once again, as the
 * writer does: in the order first found, under the ids the older tree gave them, and a new value under its readable
 * id (with a suffix where an earlier value has it). Not thread-safe: one per tree.
 */
final class DeclaredOnce {

    private static final String ID = "id";
    private static final JsonMapper MODEL = JsonMapper.builder().addModule(new ClimateCityModule()).build();

    /** One kind of value declared once: its list's name, the properties that name it, and the declared values. */
    private static final class Table {
        final ReferenceFormat<?> format;
        final Set<String> properties;
        /** By id, the declared value without its id. */
        final Map<String, JsonNode> byId = new LinkedHashMap<>();
        /** By declared value without its id, the id it had. */
        final Map<JsonNode, String> idByValue = new LinkedHashMap<>();
        /** The values held in the tree being declared, in the order first found, with their ids. */
        final Map<JsonNode, String> found = new LinkedHashMap<>();

        Table(ReferenceFormat<?> format, Set<String> properties) {
            this.format = format;
            this.properties = properties;
        }
    }

    private final List<Table> tables = new ArrayList<>();

    private DeclaredOnce() {
        for (ReferenceFormat<?> format : ModelFormat.V1.references().values()) {
            tables.add(new Table(format, ModelFormat.V1.referencingComponents(format.type())));
        }
    }

    /**
     * Writes out the declared values of a document's tree where they are named, and removes their lists.
     *
     * @param root the document's tree, changed in place
     * @return what to declare the values again with
     */
    static DeclaredOnce writeOut(JsonNode root) {
        DeclaredOnce declared = new DeclaredOnce();
        if (root instanceof ObjectNode object) {
            for (Table table : declared.tables) {
                JsonNode list = object.remove(table.format.table());
                if (list != null && list.isArray()) {
                    for (JsonNode value : list) {
                        if (value instanceof ObjectNode entry && entry.path(ID).isString()) {
                            ObjectNode copy = entry.deepCopy();
                            String id = copy.remove(ID).asString();
                            table.byId.putIfAbsent(id, copy);
                            table.idByValue.putIfAbsent(copy, id);
                        }
                    }
                }
            }
            declared.replace(object, true);
        }
        return declared;
    }

    /**
     * Declares the values written out in a tree once again, in the root's lists right after its
     * {@code schemaVersion}, and names them by id where they are held.
     *
     * @param root the tree, changed in place
     * @return the tree, with the lists first after the version
     */
    JsonNode declare(JsonNode root) {
        if (!(root instanceof ObjectNode object)) {
            return root;
        }
        collect(object);
        for (Table table : tables) {
            name(table);
        }
        replace(object, false);
        ObjectNode ordered = object.objectNode();
        JsonNode version = object.get("schemaVersion");
        if (version != null) {
            ordered.set("schemaVersion", version);
        }
        for (Table table : tables) {
            if (!table.found.isEmpty()) {
                ArrayNode list = ordered.putArray(table.format.table());
                table.found.forEach((value, id) -> {
                    ObjectNode entry = list.addObject();
                    entry.put(ID, id);
                    entry.setAll((ObjectNode) value);
                });
            }
        }
        object.properties().forEach(e -> {
            if (!ordered.has(e.getKey())) {
                ordered.set(e.getKey(), e.getValue());
            }
        });
        return ordered;
    }

    /** Replaces ids by the values they name (out) or values by their ids (back), below a node. */
    private void replace(JsonNode node, boolean out) {
        if (node instanceof ObjectNode object) {
            for (String name : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(name);
                Table table = tableOf(name);
                if (table != null && out && value.isString() && table.byId.containsKey(value.asString())) {
                    object.set(name, table.byId.get(value.asString()).deepCopy());
                } else if (table != null && !out && value instanceof ObjectNode held) {
                    object.put(name, table.found.get(held));
                } else {
                    replace(value, out);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (JsonNode element : array) {
                replace(element, out);
            }
        }
    }

    /** Finds the values held below a node, in document order. */
    private void collect(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> {
                Table table = tableOf(e.getKey());
                if (table != null && e.getValue() instanceof ObjectNode held) {
                    table.found.putIfAbsent(held, "");
                } else {
                    collect(e.getValue());
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::collect);
        }
    }

    /**
     * Gives each value found its id, as the writer does: the id the older tree declared it under; else its readable
     * id, with a suffix {@code -2}, {@code -3}, ... where an earlier value has that id.
     */
    private static void name(Table table) {
        Set<String> used = new HashSet<>();
        table.found.replaceAll((value, none) -> {
            String id = table.idByValue.get(value);
            if (id != null) {
                used.add(id);
            }
            return id == null ? "" : id;
        });
        table.found.replaceAll((value, id) -> {
            if (!id.isEmpty()) {
                return id;
            }
            String base = readableId(table.format, value);
            String candidate = base;
            for (int n = 2; !used.add(candidate); n++) {
                String suffix = "-" + n;
                String start = base.substring(0, Math.min(base.length(), ReferenceFormat.ID_MAX_LENGTH
                        - suffix.length()));
                while (start.endsWith("-")) {
                    start = start.substring(0, start.length() - 1);
                }
                candidate = start + suffix;
            }
            return candidate;
        });
    }

    private static <T> String readableId(ReferenceFormat<T> format, JsonNode value) {
        return format.readableId(MODEL.treeToValue(value, format.type()));
    }

    private Table tableOf(String property) {
        for (Table table : tables) {
            if (table.properties.contains(property)) {
                return table;
            }
        }
        return null;
    }
}
