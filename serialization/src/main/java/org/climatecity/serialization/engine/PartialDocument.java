package org.climatecity.serialization.engine;

import java.util.Map;
import java.util.Set;
import org.climatecity.core.document.ProgrammeDocument;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * A document bound in part: what bound of a document with problems, so that its rules can be checked too and every
 * problem is reported at once.
 *
 * <p>Nothing is substituted for a value that failed to bind. An element of a list or set that failed is left out
 * (the list remembers where the others stood, so problems point into the source); a record that failed otherwise
 * fails its owner, up to an element of a list or the document itself, which then has no partial document.
 *
 * <p>A rule that finds a reference to an unknown id may only have missed an element that failed: its violation is
 * dropped when the id is that of an element that failed, or when an element of that id type failed without an id
 * that could be read (it may have been the one referred to). Any other rule sees fewer elements than the source has;
 * the rules of the model then find no violation that the whole document would not have (they check each element,
 * pairs of elements, or an order, which a left-out element cannot break), except in a message's index of another
 * element, which {@link ConstraintProblems} maps to the source too.
 *
 * @param document the document of what bound
 * @param locations where each recorded object started, or null when not recorded
 * @param sourceIndices for each record bound with a partial list: by component name, each kept element's source index
 * @param failedIds by id type, the ids of the elements that failed to bind
 * @param unidentified the id types of elements that failed to bind without an id that could be read
 */
public record PartialDocument(ProgrammeDocument document, @Nullable Map<Object, TokenStreamLocation> locations,
        Map<Object, Map<String, int[]>> sourceIndices, Map<Class<?>, Set<String>> failedIds,
        Set<Class<?>> unidentified) {

    /**
     * Checks if a value a violation points at is the id of an element that failed to bind, or may be.
     *
     * @param value the value, or null
     * @return true if it may refer to an element that failed
     */
    boolean mayReferToAFailedElement(@Nullable Object value) {
        if (value == null) {
            return false;
        }
        Class<?> type = value.getClass();
        return unidentified.contains(type) || failedIds.getOrDefault(type, Set.of()).contains(value.toString());
    }
}
