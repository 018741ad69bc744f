package org.climatecity.serialization;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;

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

    final Unknowns unknowns;
    /** YAML: scalars written without quotes (numbers, booleans) are accepted where text is expected. */
    final boolean scalarsAsText;
    private final int maxProblems;
    /** Non-null in fail-fast mode: the first problem is thrown, as a mapper expects of a deserializer. */
    private final @Nullable JsonParser failFastParser;

    final List<Problem> problems = new ArrayList<>();
    final List<UnknownProperties.Group> unknownGroups = new ArrayList<>();
    final @Nullable Map<Object, TokenStreamLocation> locations;
    @Nullable String schemaVersion;
    boolean versionReported;

    ReadState(Unknowns unknowns, boolean scalarsAsText, int maxProblems, boolean trackLocations,
            @Nullable JsonParser failFastParser) {
        this.unknowns = unknowns;
        this.scalarsAsText = scalarsAsText;
        this.maxProblems = maxProblems;
        this.locations = trackLocations ? new IdentityHashMap<>() : null;
        this.failFastParser = failFastParser;
    }

    void add(String pointer, TokenStreamLocation location, String code, String message) {
        if (failFastParser != null) {
            throw MismatchedInputException.from(failFastParser, (Class<?>) null,
                    (pointer.isEmpty() ? "/" : pointer) + ": " + message + " [" + code + "]");
        }
        problems.add(new Problem(pointer, code, message, location.getLineNr(), location.getColumnNr()));
        if (problems.size() >= maxProblems) {
            throw new TooManyProblems();
        }
    }

    void located(Object value, TokenStreamLocation start) {
        if (locations != null) {
            locations.put(value, start);
        }
    }

    void unknown(String objectPointer, Object owner, Map<String, JsonNode> properties) {
        unknownGroups.add(new UnknownProperties.Group(objectPointer, owner, properties));
    }
}
