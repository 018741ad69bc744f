package org.climatecity.serialization.engine;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Texts;
import org.climatecity.serialization.format.RecordFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.JsonNode;

/**
 * A record of the model as a JSON object whose properties are the record's components, in declaration order.
 *
 * <p>A component is required, optional (omitted when null), or a list that is omitted when empty and read as
 * empty when absent. The record's own constructor checks its rules; its exception becomes a problem at the
 * object's pointer.
 */
public final class RecordCodec<R> extends Codec<R> {

    /** How a component appears in a document. */
    public enum Presence {
        /** Always present. */
        REQUIRED,
        /** Omitted when null. */
        OPTIONAL,
        /** A collection omitted when empty, read as empty when absent. */
        OMIT_EMPTY
    }

    /** How a property's value is taken from the record: a primitive is written without being boxed. */
    enum Kind {
        /** A reference, or a primitive other than the three below, boxed. */
        OBJECT,
        /** An {@code int}. */
        INT,
        /** A {@code long}. */
        LONG,
        /** A {@code double}. */
        DOUBLE
    }

    /** One property: a record component. */
    public static final class Property {
        final String name;
        final SerializedString serializedName;
        final int index;
        /** How the value is taken: unboxed through {@link #access()} for the three primitive kinds. */
        final Kind kind;
        /** How the property appears in a document. */
        public final Presence presence;
        Codec<Object> codec;
        final RecordComponent component;
        /** The value of an omitted empty collection: an empty set or list, by the component's type. */
        final Object empty;
        /**
         * The functions reading the component, made on first use: a short run (a tool that reads one small document)
         * need not make one class per component of the model. Made at most a few times under a race, as the value is
         * immutable and the same each time.
         */
        private @Nullable Access access;

        Property(RecordComponent component, int index, Presence presence) {
            this.name = component.getName();
            this.serializedName = new SerializedString(name);
            this.index = index;
            this.presence = presence;
            this.component = component;
            Class<?> type = component.getType();
            this.kind = type == int.class ? Kind.INT : type == long.class ? Kind.LONG
                    : type == double.class ? Kind.DOUBLE : Kind.OBJECT;
            this.empty = Set.class.isAssignableFrom(type) ? Set.of() : List.of();
        }

        /** Returns the functions reading the component, making them on first use. */
        Access access() {
            Access made = access;
            if (made == null) {
                made = new Access(component, kind);
                access = made;
            }
            return made;
        }

        /** Returns the component's value, a primitive boxed. */
        Object get(Object record) {
            return access().objects.apply(record);
        }
    }

    /** The functions that read one component; immutable, so safely shared once made. */
    static final class Access {
        final Function<Object, Object> objects;
        final @Nullable ToIntFunction<Object> ints;
        final @Nullable ToLongFunction<Object> longs;
        final @Nullable ToDoubleFunction<Object> doubles;

        Access(RecordComponent component, Kind kind) {
            this.objects = Accessors.objects(component);
            this.ints = kind == Kind.INT ? Accessors.ints(component) : null;
            this.longs = kind == Kind.LONG ? Accessors.longs(component) : null;
            this.doubles = kind == Kind.DOUBLE ? Accessors.doubles(component) : null;
        }
    }

    private static final SerializedString VERSION = new SerializedString("schemaVersion");

    /** The record type. */
    public final Class<R> type;
    final Property[] properties;
    private final Map<String, Property> byName = new HashMap<>();
    /**
     * By property index, the name string a parser last gave for the property. A parser hands out one canonical string
     * per name, and properties come in declaration order, as the writer writes them: an identity check on the next
     * few properties then finds the property without hashing its name. Shared by all reads; a write racing another
     * only stores another string equal to the same name, so the check stays right.
     */
    private final String[] seenNames;
    private final Constructor<R> constructor;
    /** True for the document root, which also carries the format version. */
    private final boolean root;
    /**
     * False for the many small values that no document rule points into (an inventory's entries, indicators, amounts,
     * ranges, sources): where each of them starts is not recorded, and a violation inside one is located at the
     * nearest object that is recorded.
     */
    private final boolean locatable;
    private final String description;
    /** The {@code id} component, by which other parts of a document refer to a record, or null. */
    private final @Nullable Property id;
    /** Of the document root: the records the document declares once, each in a list of the root. */
    ReferenceCodec<?>[] references = new ReferenceCodec<?>[0];
    /**
     * The properties whose values may hold a record the document declares once, which {@link #collect} visits: set
     * when the codecs are marked, as a writer looks for those records in most objects of a document before it writes
     * it.
     */
    Property[] referenceHolders = new Property[0];

    RecordCodec(RecordFormat<R> format, boolean root, String description) {
        Class<R> type = format.type();
        this.type = type;
        this.root = root;
        this.description = description;
        this.locatable = format.isLocated();
        RecordComponent[] components = type.getRecordComponents();
        properties = new Property[components.length];
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Presence presence;
            if (format.isOptional(component.getName())) {
                presence = Presence.OPTIONAL;
            } else if (Collection.class.isAssignableFrom(component.getType())
                    && format.minimumSize(component.getName()) == 0) {
                presence = Presence.OMIT_EMPTY;
            } else {
                presence = Presence.REQUIRED;
            }
            properties[i] = new Property(component, i, presence);
            byName.put(component.getName(), properties[i]);
            parameterTypes[i] = component.getType();
        }
        try {
            constructor = type.getConstructor(parameterTypes);
            constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + type, e);
        }
        if (properties.length > 63) {
            throw new IllegalStateException("too many components in " + type);
        }
        id = byName.get("id");
        seenNames = new String[properties.length];
    }

    /**
     * Returns the type of the {@code id} component.
     *
     * @return the type, or null when the record has no id
     */
    @Nullable Class<?> idType() {
        return id == null ? null : id.component.getType();
    }

    /**
     * Returns a property by name.
     *
     * @param name the component name
     * @return the property, or null
     */
    public @Nullable Property property(String name) {
        return byName.get(name);
    }

    @Override
    @Nullable R read(Reading r) {
        if (r.p.currentToken() != JsonToken.START_OBJECT) {
            r.wrongType("an object");
            return null;
        }
        return readBody(r, r.state.lazyStarts ? null : r.location(), false);
    }

    /**
     * Reads the properties after the current token up to the end of the object.
     *
     * @param r the reading
     * @param start where the object starts, or null when not taken ({@link ReadState#lazyStarts})
     * @param typed true when the object's {@code type} was read already, so a further one is skipped
     */
    @Nullable R readBody(Reading r, @Nullable TokenStreamLocation start, boolean typed) {
        return readBody(r, start, typed, null);
    }

    /**
     * Reads the properties after the current token up to the end of the object, which may have an {@code id}
     * besides the record's components: a value a document declares once ({@link ReferenceCodec}).
     *
     * @param r the reading
     * @param start where the object starts, or null when not taken ({@link ReadState#lazyStarts})
     * @param typed true when the object's {@code type} was read already, so a further one is skipped
     * @param declaredId null, or an array of one element that receives the object's {@code id}, required then
     */
    @Nullable R readBody(Reading r, @Nullable TokenStreamLocation start, boolean typed,
            @Nullable String @Nullable [] declaredId) {
        JsonParser p = r.p;
        if (root) {
            r.state.declared = new ReferenceCodec.Declared[references.length];
            for (int i = 0; i < references.length; i++) {
                r.state.declared[i] = new ReferenceCodec.Declared();
            }
        }
        boolean idSeen = false;
        long dropped = r.state.dropped;
        Object[] args = new Object[properties.length];
        long seen = 0;
        int next = 0;
        boolean failed = false;
        boolean typeSeen = false;
        boolean versionSeen = false;
        Map<String, JsonNode> unknown = null;
        while (true) {
            String name;
            Property property;
            // properties come in declaration order, as the writer writes them: the parser compares the next name's
            // bytes with the expected one's, without decoding and looking it up, and decodes only when they differ
            if (next < properties.length && p.nextName(properties[next].serializedName)) {
                property = properties[next];
                name = property.name;
            } else {
                if (next >= properties.length) {
                    p.nextToken();
                }
                if (p.currentToken() == JsonToken.END_OBJECT) {
                    break;
                }
                name = p.currentName();
                property = property(name, next);
            }
            p.nextToken();
            if (property != null) {
                next = property.index + 1;
                long bit = 1L << property.index;
                if ((seen & bit) != 0) {
                    duplicate(r, name);
                    continue;
                }
                seen |= bit;
                if (p.currentToken() == JsonToken.VALUE_NULL) {
                    r.problem(Codes.WRONG_TYPE, "must be " + property.codec.expected() + ", was null");
                    failed = true;
                    continue;
                }
                Object value = property.codec.read(r);
                if (value == null) {
                    failed = true;
                } else {
                    args[property.index] = value;
                }
            } else if (typed && name.equals("type")) {
                if (typeSeen) {
                    duplicate(r, name);
                    continue;
                }
                typeSeen = true;
                p.skipChildren();
            } else if (declaredId != null && name.equals("id")) {
                if (idSeen) {
                    duplicate(r, name);
                    continue;
                }
                idSeen = true;
                ReferenceCodec<?> reference = ModelCodecs.INSTANCE.reference(type);
                if (p.currentToken() == JsonToken.VALUE_NULL) {
                    r.problem(Codes.WRONG_TYPE, "must be " + reference.expected() + ", was null");
                    failed = true;
                    continue;
                }
                declaredId[0] = reference.readId(r);
                failed |= declaredId[0] == null;
            } else if (root && table(name) != null) {
                ReferenceCodec<?> reference = table(name);
                if (r.state.declared(reference.slot).complete) {
                    duplicate(r, name);
                    continue;
                }
                reference.readTable(r);
            } else if (root && name.equals("schemaVersion")) {
                if (versionSeen) {
                    duplicate(r, name);
                    continue;
                }
                versionSeen = true;
                readVersion(r);
            } else {
                unknown = unknown(r, name, unknown);
            }
        }
        // on END_OBJECT the parser's context is the parent's, so the pointer is the object's own
        String pointer = null;
        for (Property property : properties) {
            if ((seen & (1L << property.index)) != 0) {
                continue;
            }
            switch (property.presence) {
                case REQUIRED -> {
                    if (pointer == null) {
                        pointer = r.pointer();
                    }
                    r.state.add(pointer + "/" + property.name, start, Codes.MISSING_PROPERTY,
                            description + " must have the property '" + property.name + "'");
                    failed = true;
                }
                case OMIT_EMPTY -> args[property.index] = property.empty;
                default -> {
                }
            }
        }
        if (declaredId != null && !idSeen) {
            if (pointer == null) {
                pointer = r.pointer();
            }
            r.state.add(pointer + "/id", start, Codes.MISSING_PROPERTY, description + " must have the property 'id'");
            failed = true;
        }
        ReferenceCodec.Substitution substitution = null;
        if (root) {
            substitution = new ReferenceCodec.Substitution();
            for (ReferenceCodec<?> reference : references) {
                reference.resolve(r.state, substitution);
            }
        }
        if (root && !versionSeen && !r.state.versionReported) {
            r.state.versionReported = true;
            r.state.add("/schemaVersion", start, Codes.MISSING_VERSION,
                    "document must declare \"schemaVersion\"; supported versions: " + FormatVersions.SUPPORTED_TEXT);
        }
        if (failed) {
            return failed(r, args);
        }
        R value;
        try {
            value = constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ClimateCityException cause) {
                // with elements of its lists left out, the record may break a rule that the document keeps: the
                // problems of those elements are reported, not this consequence of leaving them out
                if (r.state.dropped == dropped) {
                    r.state.add(pointer == null ? r.pointer() : pointer, start, Codes.INVALID_VALUE,
                            cause.getMessage());
                }
                return failed(r, args);
            }
            throw new IllegalStateException("cannot create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
        if (substitution != null && !substitution.values.isEmpty()) {
            // references read before the list that declares their values: the stand-ins are replaced now
            value = type.cast(substitute(value, substitution));
            r.state.rebuilt(substitution.rebuilt);
        }
        if (locatable) {
            r.state.located(value, start);
        }
        if (r.state.dropped != dropped) {
            for (Property property : properties) {
                if (args[property.index] instanceof ListCodec.Partial<?> partial) {
                    r.state.sourceIndices(value, property.name, partial.sourceIndices);
                }
            }
        }
        if (unknown != null) {
            r.state.unknown(pointer == null ? r.pointer() : pointer, value, unknown);
        }
        return value;
    }

    /** Returns the reference whose values the root declares in a list of this name, or null. */
    private @Nullable ReferenceCodec<?> table(String name) {
        for (ReferenceCodec<?> reference : references) {
            if (reference.format.table().equals(name)) {
                return reference;
            }
        }
        return null;
    }

    /** Finds a property by a name from the parser, trying the properties from {@code next} on by identity first. */
    private @Nullable Property property(String name, int next) {
        for (int i = next; i < seenNames.length; i++) {
            if (seenNames[i] == name) {
                return properties[i];
            }
        }
        Property property = byName.get(name);
        if (property != null) {
            seenNames[property.index] = name;
        }
        return property;
    }

    /** Records the id of a record that failed to bind, so that references to it are not reported as unknown. */
    private @Nullable R failed(Reading r, Object[] args) {
        if (id != null) {
            r.state.failed(id.component.getType(), args[id.index]);
        }
        return null;
    }

    private static void duplicate(Reading r, String name) {
        r.problem(Codes.DUPLICATE_KEY, "property '" + Texts.abbreviate(name) + "' is repeated");
        r.p.skipChildren();
    }

    private static @Nullable Map<String, JsonNode> unknown(Reading r, String name,
            @Nullable Map<String, JsonNode> unknown) {
        switch (r.state.unknowns) {
            case REJECT -> {
                r.problem(Codes.UNKNOWN_PROPERTY, "property '" + Texts.abbreviate(name)
                        + "' is not part of the format (strict mode)");
                r.p.skipChildren();
                return unknown;
            }
            case SKIP -> {
                r.p.skipChildren();
                return unknown;
            }
            default -> {
                if (!ScalarCodecs.unicodeName(r, name)) {
                    r.p.skipChildren();
                    return unknown;
                }
                Map<String, JsonNode> properties = unknown == null ? new LinkedHashMap<>() : unknown;
                JsonNode value = Trees.read(r);
                if (properties.containsKey(name)) {
                    r.problem(Codes.DUPLICATE_KEY, "property '" + Texts.abbreviate(name) + "' is repeated");
                } else {
                    properties.put(name, value);
                }
                return properties;
            }
        }
    }

    private static void readVersion(Reading r) {
        String version = r.p.currentToken() == JsonToken.VALUE_STRING ? r.p.getString() : null;
        if (version == null) {
            r.state.versionReported = true;
            r.wrongType("a version string such as \"" + FormatVersions.CURRENT + "\"");
            return;
        }
        if (!FormatVersions.isSupported(version)) {
            r.state.versionReported = true;
            r.problem(Codes.UNSUPPORTED_VERSION, "schema version '" + Texts.abbreviate(version)
                    + "' is not supported; supported versions: " + FormatVersions.SUPPORTED_TEXT);
            return;
        }
        r.state.schemaVersion = version;
    }

    @Override
    void write(R value, Writing w) {
        w.g.writeStartObject(value);
        if (root) {
            w.g.writeName(VERSION);
            w.g.writeString(w.version);
            writeDeclared(value, w);
        }
        writeProperties(value, w);
        w.g.writeEndObject();
    }

    /** Writes the lists of the values the document declares once, after one walk over it to find them. */
    @SuppressWarnings("unchecked")
    private void writeDeclared(R document, Writing w) {
        Map<Object, String>[] found = new Map[references.length];
        for (int i = 0; i < found.length; i++) {
            found[i] = new LinkedHashMap<>();
        }
        collect(document, found);
        w.declared = found;
        for (ReferenceCodec<?> reference : references) {
            reference.name(found[reference.slot], w.kept);
            reference.writeTable(w);
        }
    }

    @Override
    Object substitute(Object value, ReferenceCodec.Substitution substitution) {
        Object[] args = null;
        for (Property property : properties) {
            if (property.kind != Kind.OBJECT || !property.codec.holdsReferences) {
                continue;
            }
            Object before = property.get(value);
            if (before == null) {
                continue;
            }
            Object now = property.codec.substitute(before, substitution);
            if (now != before) {
                if (args == null) {
                    args = new Object[properties.length];
                    for (Property each : properties) {
                        args[each.index] = each.get(value);
                    }
                }
                args[property.index] = now;
            }
        }
        if (args == null) {
            return value;
        }
        try {
            R copy = constructor.newInstance(args);
            substitution.rebuilt.put(value, copy);
            return copy;
        } catch (InvocationTargetException e) {
            // a stand-in and its declared value are alike to every rule: one per id, and no two ids declare equal
            // values
            throw new IllegalStateException("cannot create " + type.getName() + " with its declared values",
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    @Override
    void collect(Object value, Map<Object, String>[] found) {
        for (Property property : referenceHolders) {
            Object component = property.get(value);
            if (component != null) {
                property.codec.collect(component, found);
            }
        }
    }

    /** Writes the properties, without the braces, then the unknown properties of the object. */
    @SuppressWarnings("unchecked")
    void writeProperties(R value, Writing w) {
        boolean tracking = w.tracking();
        JsonGenerator g = w.g;
        for (Property property : properties) {
            // primitives straight from the record, never boxed; they have no unknown properties beneath them
            switch (property.kind) {
                case INT -> {
                    g.writeName(property.serializedName);
                    g.writeNumber(property.access().ints.applyAsInt(value));
                    continue;
                }
                case LONG -> {
                    g.writeName(property.serializedName);
                    g.writeNumber(property.access().longs.applyAsLong(value));
                    continue;
                }
                case DOUBLE -> {
                    g.writeName(property.serializedName);
                    g.writeNumber(property.access().doubles.applyAsDouble(value));
                    continue;
                }
                default -> {
                }
            }
            Object component = property.get(value);
            if (component == null) {
                continue;
            }
            if (property.presence == Presence.OMIT_EMPTY && ((Collection<Object>) component).isEmpty()) {
                continue;
            }
            g.writeName(property.serializedName);
            if (tracking) {
                w.push(property.name);
                property.codec.write(component, w);
                w.pop();
            } else {
                property.codec.write(component, w);
            }
        }
        w.writeUnknowns(value);
    }

    @Override
    String expected() {
        return "an object";
    }
}
