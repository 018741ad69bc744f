package org.climatecity.serialization.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;

/**
 * What one read collects: problems, unknown properties, and where each model object started. Not thread-safe: one
 * per read.
 */
final class ReadState {

    /** Thrown to stop reading when too many problems were found. */
    static final class TooManyProblems extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooManyProblems() {
            super("too many problems", null, false, false);
        }
    }

    /** How unknown properties are treated. */
    enum Unknowns {
        /** Kept, to be written back. */
        KEEP,
        /** Reported as problems. */
        REJECT,
        /** Skipped silently (only for a plain mapper with FAIL_ON_UNKNOWN_PROPERTIES disabled). */
        SKIP
    }

    /** The most values held as trees at once: kept unknown properties and buffered objects. */
    private final long maxTreeValues;
    /** The values held as trees now. */
    long treeValues;

    final Unknowns unknowns;
    /** YAML: scalars written without quotes (numbers, booleans) are accepted where text is expected. */
    final boolean scalarsAsText;
    private final int maxProblems;
    /** Receives the first problem in fail-fast mode and throws, as a mapper expects of a deserializer. */
    @FunctionalInterface
    interface FailFast {
        /**
         * Reports a problem by throwing.
         *
         * @param pointer the JSON Pointer
         * @param code the code
         * @param message the message
         */
        void fail(String pointer, String code, String message);
    }

    /** Non-null in fail-fast mode. */
    private final @Nullable FailFast failFast;

    final List<Finding> problems = new ArrayList<>();
    /** Elements of lists and sets left out because they failed to bind; see {@link ListCodec}. */
    long dropped;
    /** For each record bound with a partial list: by component name, each kept element's index in the source. */
    final Map<Object, Map<String, int[]>> sourceIndices = new IdentityHashMap<>();
    /** By id type, the ids of the elements that failed to bind. */
    final Map<Class<?>, Set<String>> failedIds = new HashMap<>();
    /** The id types of elements that failed to bind without an id that could be read. */
    final Set<Class<?>> unidentified = new HashSet<>();
    final List<KeptProperties.Group> unknownGroups = new ArrayList<>();
    final @Nullable Map<Object, TokenStreamLocation> locations;
    @Nullable String schemaVersion;
    boolean versionReported;
    /**
     * By codec slot, the values already parsed from each text: a document names the same actor, area or code hundreds
     * of times, and the model then holds one object for all of them instead of one per mention (values are
     * immutable, so sharing them is safe).
     */
    private TextTable[] parsed = new TextTable[0];
    /** By depth of nesting, a buffer that lists are read into before they are copied: one per depth and read. */
    private final List<ArrayList<Object>> listBuffers = new ArrayList<>();
    /** How many lists are being read, one inside the other. */
    private int listDepth;
    /**
     * Whether records are read without taking where each starts, which would build a location object per record. A
     * problem located at a record's start then has no position ({@link #startMissing}),
     * and the reader reads the input again with positions; only for input in memory, which can be read again.
     */
    boolean lazyStarts;
    /** Whether a problem was recorded at the start of a record whose start was not taken. */
    boolean startMissing;

    /**
     * By reference slot, the values the document declares once ({@link ReferenceCodec}); null when not reading a
     * document (a value read alone through the Jackson module), where such values are written in full.
     */
    ReferenceCodec.Declared @Nullable [] declared;

    ReadState(Unknowns unknowns, boolean scalarsAsText, int maxProblems, long maxTreeValues, boolean trackLocations,
            @Nullable FailFast failFast) {
        this.unknowns = unknowns;
        this.maxTreeValues = maxTreeValues;
        this.scalarsAsText = scalarsAsText;
        this.maxProblems = maxProblems;
        this.locations = trackLocations ? new IdentityHashMap<>() : null;
        this.failFast = failFast;
    }

    /** Records a problem; at a null location when it is at a record's start that was not taken. */
    void add(String pointer, @Nullable TokenStreamLocation location, String code, String message) {
        if (failFast != null) {
            failFast.fail(pointer, code, message);
        }
        if (location == null) {
            startMissing = true;
            problems.add(new Finding(pointer, code, message, 0, 0));
        } else {
            problems.add(new Finding(pointer, code, message, location.getLineNr(), location.getColumnNr()));
        }
        if (problems.size() >= maxProblems) {
            throw new TooManyProblems();
        }
    }

    /**
     * Counts one more value held as a tree, failing when there are too many: the document length does not bound the
     * memory trees take, many times the size of their text.
     *
     * @throws StreamConstraintsException when the limit is exceeded
     */
    void treeValue(Reading r) {
        if (++treeValues > maxTreeValues) {
            throw new StreamConstraintsException("Unknown properties, objects whose \"type\" is not first and ids"
                    + " named before their declarations hold more than the maximum allowed values (" + maxTreeValues
                    + ", from `ReadLimits.maxUnknownValues`)", r.location());
        }
    }

    /** Records the id of an element that failed to bind, or that it had none that could be read. */
    void failed(Class<?> idType, @Nullable Object id) {
        if (id == null) {
            unidentified.add(idType);
        } else {
            failedIds.computeIfAbsent(idType, type -> new HashSet<>()).add(id.toString());
        }
    }

    /** Records where the kept elements of a partial list stood in the source. */
    void sourceIndices(Object owner, String component, int[] indices) {
        sourceIndices.computeIfAbsent(owner, o -> new HashMap<>()).put(component, indices);
    }

    /**
     * Takes the empty buffer of the next depth of nesting, for a list about to be read; give it back with
     * {@link #releaseListBuffer()}.
     *
     * @return the buffer, empty
     */
    ArrayList<Object> takeListBuffer() {
        if (listDepth == listBuffers.size()) {
            listBuffers.add(new ArrayList<>());
        }
        ArrayList<Object> buffer = listBuffers.get(listDepth++);
        buffer.clear();
        return buffer;
    }

    /** Gives back the buffer of the innermost list read. */
    void releaseListBuffer() {
        listBuffers.get(--listDepth).clear();
    }

    /**
     * Returns the table of the values a codec parsed in this read, by text.
     *
     * @param slot the codec's slot, from {@link ScalarCodecs.Parsed}
     * @return the table, empty at first
     */
    TextTable parsed(int slot) {
        if (slot >= parsed.length) {
            parsed = Arrays.copyOf(parsed, Math.max(slot + 1, 2 * parsed.length));
        }
        TextTable table = parsed[slot];
        if (table == null) {
            table = new TextTable();
            parsed[slot] = table;
        }
        return table;
    }

    /**
     * Returns the declared values of a reference slot.
     *
     * @param slot the slot
     * @return the values, or null when not reading a document
     */
    ReferenceCodec.@Nullable Declared declared(int slot) {
        return declared == null ? null : declared[slot];
    }

    /** Returns by reference slot the ids of the declared values, by value: none when not reading a document. */
    List<Map<Object, String>> declaredIds() {
        if (declared == null) {
            return List.of();
        }
        List<Map<Object, String>> ids = new ArrayList<>(declared.length);
        for (ReferenceCodec.Declared slot : declared) {
            Map<Object, String> byValue = new HashMap<>();
            slot.byId.forEach((id, value) -> byValue.put(value, id));
            ids.add(byValue);
        }
        return ids;
    }

    /** Moves what was recorded of each record that was rebuilt to its copy. */
    void rebuilt(java.util.Map<Object, Object> copies) {
        if (copies.isEmpty()) {
            return;
        }
        if (locations != null) {
            for (java.util.Map.Entry<Object, Object> copy : copies.entrySet()) {
                TokenStreamLocation start = locations.remove(copy.getKey());
                if (start != null || locations.containsKey(copy.getKey())) {
                    locations.put(copy.getValue(), start);
                }
            }
        }
        for (java.util.Map.Entry<Object, Object> copy : copies.entrySet()) {
            Map<String, int[]> indices = sourceIndices.remove(copy.getKey());
            if (indices != null) {
                sourceIndices.put(copy.getValue(), indices);
            }
        }
        unknownGroups.replaceAll(group -> copies.containsKey(group.owner())
                ? new KeptProperties.Group(group.objectPointer(), copies.get(group.owner()), group.properties())
                : group);
    }

    void located(Object value, @Nullable TokenStreamLocation start) {
        if (locations != null) {
            locations.put(value, start);
        }
    }

    void unknown(String objectPointer, Object owner, Map<String, JsonNode> properties) {
        unknownGroups.add(new KeptProperties.Group(objectPointer, owner, properties));
    }
}
