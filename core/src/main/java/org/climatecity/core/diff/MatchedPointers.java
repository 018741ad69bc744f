package org.climatecity.core.diff;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.climatecity.core.document.ProgrammeDocument;

/**
 * Where the objects of an older document are in a newer one, after the matching of {@link DocumentDiff}: for
 * comparing what is attached to an object by its JSON Pointer, such as the properties a reader kept because the
 * model does not know them.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class MatchedPointers {

    /** The pointer in the newer document of each list element of the older one compared, empty when removed. */
    private final Map<String, Optional<String>> matches;

    private MatchedPointers(Map<String, Optional<String>> matches) {
        this.matches = matches;
    }

    /**
     * Matches the objects of two documents.
     *
     * @param older the older document, not null
     * @param newer the newer document, not null
     * @param options the options, not null; with moves, a renamed element is matched with its new self
     * @return the matches, not null
     */
    public static MatchedPointers between(ProgrammeDocument older, ProgrammeDocument newer, DiffOptions options) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        Objects.requireNonNull(options, "options");
        return new MatchedPointers(Map.copyOf(ModelWalk.matches(older, newer, options).entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> Optional.ofNullable(e.getValue())))));
    }

    /**
     * Returns the pointer in the newer document of the object at a pointer of the older one: the same pointer
     * unless the object, or a list element it is in, was matched at another index.
     *
     * @param olderPointer a JSON Pointer into the older document, not null
     * @return the pointer in the newer document, empty when the object, or a list element it is in, was removed
     */
    public Optional<String> inNewer(String olderPointer) {
        Objects.requireNonNull(olderPointer, "olderPointer");
        for (int end = olderPointer.length(); end > 0; end = olderPointer.lastIndexOf('/', end - 1)) {
            Optional<String> match = matches.get(olderPointer.substring(0, end));
            if (match != null) {
                String rest = olderPointer.substring(end);
                return match.map(pointer -> pointer + rest);
            }
        }
        return Optional.of(olderPointer);
    }
}
