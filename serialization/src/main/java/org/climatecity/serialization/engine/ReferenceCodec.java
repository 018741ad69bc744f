package org.climatecity.serialization.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Slugs;
import org.climatecity.core.internal.Texts;
import org.climatecity.serialization.format.ReferenceFormat;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * A record that a document declares once, in a list of its root, and names by id wherever the model holds it (see
 * {@link ReferenceFormat}). In a document, the component is read and written as the id; outside one (a value written
 * alone through the Jackson module) as the record itself, as there is no list to declare it in.
 *
 * <p>The root's properties may come in any order: a reference read before the list is bound to a stand-in, one per
 * id, and the root replaces the stand-ins by the declared values once the whole document is read
 * ({@link Codec#substitute}); an id the list does not declare is an {@code unknown-reference} problem at the
 * reference.
 */
final class ReferenceCodec<T> extends Codec<T> {

    private static final SerializedString ID = new SerializedString("id");

    final ReferenceFormat<T> format;
    final RecordCodec<T> record;
    /** This codec's index among the document's references, for its state in a read or a write. */
    final int slot;
    final SerializedString tableName;
    private final Codec<LocalId> ids;
    private final String expected;

    ReferenceCodec(ReferenceFormat<T> format, RecordCodec<T> record, int slot, Codec<LocalId> ids) {
        this.format = format;
        this.record = record;
        this.slot = slot;
        this.tableName = new SerializedString(format.table());
        this.ids = ids;
        this.expected = "the id of a " + format.what() + " declared in \"" + format.table() + "\" (a string)";
        this.holdsReferences = true;
    }

    /** The declared values of one read, with the references waiting for them. Not thread-safe: one per read. */
    static final class Declared {
        final Map<String, Object> byId = new HashMap<>();
        /** By value, the index of its declaration, to report a value declared twice. */
        final Map<Object, Integer> indexByValue = new HashMap<>();
        final Map<String, Integer> indexById = new HashMap<>();
        /** The ids of declarations that failed to bind: references to them are not reported again. */
        final Set<String> failed = new HashSet<>();
        /** The stand-ins of references read before the list, by id. */
        final Map<String, Object> standIns = new LinkedHashMap<>();
        /** The references read before the list, by id: the first {@link #KEPT_PER_ID} of each, and how many. */
        final Map<String, Pending> pending = new LinkedHashMap<>();
        /** True once the list was read (or found not to be a list). */
        boolean complete;
    }

    /** How many references to one id read before the list are kept, to report them if it is not declared. */
    static final int KEPT_PER_ID = 16;

    /** The references to one id read before the list: where the first few are, and how many there are. */
    static final class Pending {
        final List<String> pointers = new ArrayList<>();
        final List<TokenStreamLocation> locations = new ArrayList<>();
        int count;
    }

    @Override
    @Nullable T read(Reading r) {
        Declared declared = r.state.declared(slot);
        if (declared == null) {
            return record.read(r);
        }
        JsonToken token = r.p.currentToken();
        if (token != JsonToken.VALUE_STRING && !(r.state.scalarsAsText && token != null && token.isScalarValue())) {
            r.wrongType(expected);
            return null;
        }
        String id = r.p.getString();
        Object value = declared.byId.get(id);
        if (value != null) {
            return format.type().cast(value);
        }
        if (declared.failed.contains(id)) {
            // its declaration's problem is reported; the owner binds, so that the rules are checked on it
            return standIn(declared, id);
        }
        if (declared.complete || !Slugs.isSlug(id)) {
            // a text that is no id is never declared: reported now, and no stand-in is made of it
            unknown(r.state, id, r.pointer(), r.location());
            return null;
        }
        Pending pending = declared.pending.get(id);
        if (pending == null) {
            // the ids waiting for the list are held in memory: as many as values held as trees
            r.state.treeValue(r);
            pending = new Pending();
            declared.pending.put(id, pending);
        }
        if (pending.count++ < KEPT_PER_ID) {
            pending.pointers.add(r.pointer());
            pending.locations.add(r.location());
        }
        return standIn(declared, id);
    }

    private T standIn(Declared declared, String id) {
        return format.type().cast(declared.standIns.computeIfAbsent(id, format.standIn()::apply));
    }

    private void unknown(ReadState state, String id, String pointer, TokenStreamLocation location) {
        unknown(state, id, pointer, location, "");
    }

    private void unknown(ReadState state, String id, String pointer, TokenStreamLocation location, String more) {
        state.add(pointer, location, Codes.UNKNOWN_REFERENCE, format.what() + " '" + Texts.abbreviate(id)
                + "' is not declared in \"" + format.table() + "\"" + more);
    }

    /**
     * Reads the root's list of declared values, on its first token.
     *
     * @param r the reading
     */
    void readTable(Reading r) {
        Declared declared = r.state.declared(slot);
        declared.complete = true;
        if (r.p.currentToken() != JsonToken.START_ARRAY) {
            r.wrongType("an array");
            return;
        }
        String[] id = new String[1];
        int index = 0;
        for (JsonToken t = r.p.nextToken(); t != JsonToken.END_ARRAY; t = r.p.nextToken(), index++) {
            if (t != JsonToken.START_OBJECT) {
                r.wrongType("an object");
                continue;
            }
            TokenStreamLocation start = r.location();
            id[0] = null;
            T value = record.readBody(r, start, false, id);
            if (id[0] == null) {
                continue;
            }
            if (value == null) {
                declared.failed.add(id[0]);
                continue;
            }
            Integer before = declared.indexById.putIfAbsent(id[0], index);
            if (before != null) {
                r.state.add(r.pointer(), start, Codes.INVALID_VALUE, format.what() + " id '"
                        + Texts.abbreviate(id[0]) + "' is already declared by " + format.table() + "[" + before + "]");
                continue;
            }
            before = declared.indexByValue.putIfAbsent(value, index);
            if (before != null) {
                r.state.add(r.pointer(), start, Codes.INVALID_VALUE, format.what() + " repeats "
                        + format.table() + "[" + before + "] under another id: declare each " + format.what()
                        + " once");
                declared.failed.add(id[0]);
                continue;
            }
            declared.byId.put(id[0], value);
        }
    }

    /**
     * Reports the references read before the list whose ids it does not declare, and adds the others to a
     * substitution of their stand-ins by the declared values.
     *
     * @param state the read's state
     * @param substitution receives the stand-ins to replace
     */
    void resolve(ReadState state, Substitution substitution) {
        Declared declared = state.declared(slot);
        declared.pending.forEach((id, pending) -> {
            if (!declared.byId.containsKey(id) && !declared.failed.contains(id)) {
                int kept = pending.pointers.size();
                for (int i = 0; i < kept; i++) {
                    int more = pending.count - kept;
                    unknown(state, id, pending.pointers.get(i), pending.locations.get(i),
                            i == kept - 1 && more > 0 ? "; " + more + " more references to it are not listed" : "");
                }
            }
        });
        declared.standIns.forEach((id, standIn) -> {
            Object value = declared.byId.get(id);
            if (value != null) {
                substitution.values.put(standIn, value);
            }
        });
    }

    @Override
    Object substitute(Object value, Substitution substitution) {
        Object resolved = substitution.values.get(value);
        return resolved != null ? resolved : value;
    }

    @Override
    void collect(Object value, Map<Object, String>[] found) {
        found[slot].putIfAbsent(value, "");
    }

    @Override
    void write(T value, Writing w) {
        Map<Object, String> declared = w.declared(slot);
        if (declared == null) {
            record.write(value, w);
            return;
        }
        String id = declared.get(value);
        if (id == null) {
            throw new IllegalStateException(format.what() + " written but not declared: " + value);
        }
        w.g.writeString(id);
    }

    /**
     * Gives each value found in a document its id: the id a read document declared it under, when it is written
     * back; else its readable id, with a suffix {@code -2}, {@code -3}, ... for values whose readable id an earlier
     * value has.
     *
     * @param found the values in the order found; their ids are set
     * @param kept what a read kept, or null
     */
    void name(Map<Object, String> found, @Nullable KeptProperties kept) {
        Set<String> used = new HashSet<>();
        if (kept != null) {
            for (Map.Entry<Object, String> entry : found.entrySet()) {
                String id = kept.declaredId(slot, entry.getKey());
                if (id != null) {
                    used.add(id);
                    entry.setValue(id);
                }
            }
        }
        for (Map.Entry<Object, String> entry : found.entrySet()) {
            if (kept != null && kept.declaredId(slot, entry.getKey()) != null) {
                continue;
            }
            String base = format.readableId(format.type().cast(entry.getKey()));
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                String suffix = "-" + n;
                String start = base.substring(0, Math.min(base.length(), ReferenceFormat.ID_MAX_LENGTH
                        - suffix.length()));
                while (start.endsWith("-")) {
                    start = start.substring(0, start.length() - 1);
                }
                id = start + suffix;
            }
            entry.setValue(id);
        }
    }

    /**
     * Writes the root's list of declared values, unless it is empty.
     *
     * @param w the writing, whose values were named
     */
    void writeTable(Writing w) {
        Map<Object, String> declared = w.declared(slot);
        if (declared == null || declared.isEmpty()) {
            return;
        }
        JsonGenerator g = w.g;
        g.writeName(tableName);
        g.writeStartArray(declared, declared.size());
        boolean tracking = w.tracking();
        if (tracking) {
            w.push(format.table());
        }
        int index = 0;
        for (Map.Entry<Object, String> entry : declared.entrySet()) {
            T value = format.type().cast(entry.getKey());
            if (tracking) {
                w.push(index);
            }
            g.writeStartObject(value);
            g.writeName(ID);
            g.writeString(entry.getValue());
            record.writeProperties(value, w);
            g.writeEndObject();
            if (tracking) {
                w.pop();
            }
            index++;
        }
        if (tracking) {
            w.pop();
        }
        g.writeEndArray();
    }

    /**
     * Reads the {@code id} of a declaration, for {@link RecordCodec#readBody}.
     *
     * @param r the reading, on the id's value
     * @return the id's text, or null after a problem
     */
    @Nullable String readId(Reading r) {
        LocalId id = ids.read(r);
        return id == null ? null : id.toString();
    }

    @Override
    String expected() {
        return expected;
    }

    /** Stand-ins and the declared values that replace them, and the records rebuilt on the way. */
    static final class Substitution {
        final Map<Object, Object> values = new IdentityHashMap<>();
        final Map<Object, Object> rebuilt = new IdentityHashMap<>();
    }
}
