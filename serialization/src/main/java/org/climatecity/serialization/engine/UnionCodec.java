package org.climatecity.serialization.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.internal.Texts;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sealed type as a JSON object whose first property {@code "type"} names the subtype, such as
 * {@code {"type": "municipality", ...}}. Class names are never read or written.
 *
 * <p>When {@code type} is not the first property (a hand-edited file), the object is buffered as a tree and read
 * again from it; problems inside it are then located at the object's start.
 */
final class UnionCodec<T> extends Codec<T> {

    static final SerializedString TYPE = new SerializedString("type");

    private final String what;
    private final Map<String, RecordCodec<? extends T>> byName = new LinkedHashMap<>();
    private final Map<Class<?>, RecordCodec<? extends T>> byClass = new HashMap<>();
    private final Map<Class<?>, SerializedString> names = new HashMap<>();

    UnionCodec(String what) {
        this.what = what;
    }

    <S extends T> UnionCodec<T> subtype(String typeName, RecordCodec<S> codec) {
        byName.put(typeName, codec);
        byClass.put(codec.type, codec);
        names.put(codec.type, new SerializedString(typeName));
        return this;
    }

    List<String> typeNames() {
        return new ArrayList<>(byName.keySet());
    }

    Map<String, RecordCodec<? extends T>> subtypes() {
        return byName;
    }

    String typeName(Class<?> type) {
        return names.get(type).getValue();
    }

    @Override
    @Nullable T read(Reading r) {
        JsonParser p = r.p;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            r.wrongType("an object");
            return null;
        }
        TokenStreamLocation start = r.location();
        JsonToken first = p.nextToken();
        if (first == JsonToken.PROPERTY_NAME && "type".equals(p.currentName())) {
            p.nextToken();
            RecordCodec<? extends T> codec = subtype(r, p.currentToken() == JsonToken.VALUE_STRING
                    ? p.getString() : null);
            if (codec == null) {
                failed(r, skipRest(p));
                return null;
            }
            return codec.readBody(r, start, true);
        }
        return readBuffered(r, start);
    }

    /**
     * Records the id of an object of an unknown type, which failed to bind, so that references to it are not
     * reported as unknown: for each id type of the subtypes, as the object's type is not known.
     */
    private void failed(Reading r, @Nullable String id) {
        for (RecordCodec<? extends T> subtype : byName.values()) {
            Class<?> idType = subtype.idType();
            if (idType != null) {
                r.state.failed(idType, id);
            }
        }
    }

    private @Nullable RecordCodec<? extends T> subtype(Reading r, @Nullable String name) {
        if (name == null) {
            r.wrongType("a type name, one of " + String.join(", ", byName.keySet()));
            return null;
        }
        RecordCodec<? extends T> codec = byName.get(name);
        if (codec == null) {
            r.problem(Codes.UNKNOWN_TYPE, what + " type must be one of " + String.join(", ", byName.keySet())
                    + ", was '" + Texts.abbreviate(name) + "'");
        }
        return codec;
    }

    /** Skips the rest of an object, returning its {@code id} if it is a string. */
    private static @Nullable String skipRest(JsonParser p) {
        String id = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            boolean isId = "id".equals(p.currentName());
            if (p.nextToken() == JsonToken.VALUE_STRING && isId) {
                id = p.getString();
            }
            p.skipChildren();
        }
        return id;
    }

    private @Nullable T readBuffered(Reading r, TokenStreamLocation start) {
        JsonParser p = r.p;
        long before = r.state.treeValues;
        r.state.treeValue(r);
        ObjectNode object = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        for (JsonToken t = p.currentToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            p.nextToken();
            JsonNode value = Trees.read(r);
            if (object.has(name)) {
                r.problem(Codes.DUPLICATE_KEY, "property '" + Texts.abbreviate(name) + "' is repeated");
            } else {
                object.set(name, value);
            }
        }
        // the buffer is let go after this object; what is kept of it (unknown properties) is counted again
        long buffered = r.state.treeValues - before;
        try {
            return readTree(r, start, object);
        } finally {
            r.state.treeValues -= buffered;
        }
    }

    private @Nullable T readTree(Reading r, TokenStreamLocation start, ObjectNode object) {
        JsonParser p = r.p;
        String pointer = r.pointer();
        JsonNode type = object.get("type");
        JsonNode id = object.get("id");
        if (type == null) {
            r.state.add(pointer + "/type", start, Codes.MISSING_PROPERTY,
                    what + " must have the property 'type', one of " + String.join(", ", byName.keySet()));
            failed(r, id != null && id.isString() ? id.stringValue() : null);
            return null;
        }
        if (!type.isString() || byName.get(type.stringValue()) == null) {
            boolean text = type.isString();
            r.state.add(pointer + "/type", start, text ? Codes.UNKNOWN_TYPE : Codes.WRONG_TYPE,
                    what + " type must be one of " + String.join(", ", byName.keySet()) + ", was "
                    + (text ? "'" + Texts.abbreviate(type.stringValue()) + "'" : "not a string"));
            failed(r, id != null && id.isString() ? id.stringValue() : null);
            return null;
        }
        RecordCodec<? extends T> codec = byName.get(type.stringValue());
        try (JsonParser again = object.traverse(p.objectReadContext())) {
            again.nextToken();
            return codec.readBody(new Reading(again, r.state, pointer, start), start, true);
        }
    }

    @Override
    void write(T value, Writing w) {
        Class<?> type = value.getClass();
        @SuppressWarnings("unchecked")
        RecordCodec<T> codec = (RecordCodec<T>) byClass.get(type);
        w.g.writeStartObject(value);
        w.g.writeName(TYPE);
        w.g.writeString(names.get(type));
        codec.writeProperties(value, w);
        w.g.writeEndObject();
    }

    @Override
    Object substitute(Object value, ReferenceCodec.Substitution substitution) {
        RecordCodec<? extends T> codec = byClass.get(value.getClass());
        return codec.holdsReferences ? codec.substitute(value, substitution) : value;
    }

    @Override
    void collect(Object value, Map<Object, String>[] found) {
        RecordCodec<? extends T> codec = byClass.get(value.getClass());
        if (codec.holdsReferences) {
            codec.collect(value, found);
        }
    }

    @Override
    String expected() {
        return "an object";
    }
}
