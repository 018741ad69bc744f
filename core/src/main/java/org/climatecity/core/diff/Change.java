package org.climatecity.core.diff;

import java.util.List;
import java.util.Objects;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.jspecify.annotations.Nullable;

/**
 * One difference between two documents: what was added, removed, changed or moved, where in each document, and the
 * values before and after.
 *
 * <p>Values are objects of the model as they are in the documents (a record, a list, an id, a number); the JSON
 * Pointers address the same values in the written documents.
 *
 * <p>Immutable and thread-safe when its values are (the model's values are).
 *
 * @param kind the kind of change, not null
 * @param oldPointer the JSON Pointer of the value in the older document, such as
 *     {@code /initiatives/0/targets/1/targetYear}; null for an addition
 * @param newPointer the JSON Pointer of the value in the newer document; null for a removal
 * @param oldValue the value in the older document; null for an addition
 * @param newValue the value in the newer document; null for a removal
 * @param part the part of the model the change is in: the name of the innermost list that holds the value, such as
 *     {@code targets}, {@code actions} or {@code signatories}; the property name for a change outside any list
 * @param parties the actors the innermost changed object names first (an action's responsible, a target's owners,
 *     an inventory's owner, an actor itself), not null, empty when none
 * @param subject a short label of the innermost object that holds the change or is the change: its name, title or
 *     id, not null, empty when it has none
 * @since 0.1.0
 */
public record Change(ChangeKind kind, @Nullable String oldPointer, @Nullable String newPointer,
        @Nullable Object oldValue, @Nullable Object newValue, String part, List<ActorId> parties, String subject) {

    /**
     * Creates a change.
     *
     * @param kind the kind, not null
     * @param oldPointer the pointer in the older document, null only for an addition
     * @param newPointer the pointer in the newer document, null only for a removal
     * @param oldValue the older value, null only for an addition
     * @param newValue the newer value, null only for a removal
     * @param part the part, not null
     * @param parties the parties, not null
     * @param subject the subject, not null
     * @throws ClimateCityException if a pointer or value is missing or present against the kind
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(subject, "subject");
        parties = List.copyOf(parties);
        boolean older = kind != ChangeKind.ADDED;
        boolean newer = kind != ChangeKind.REMOVED;
        if (older != (oldPointer != null && oldValue != null) || newer != (newPointer != null && newValue != null)) {
            throw new ClimateCityException("a change " + kind.word() + " must have " + (older ? "an" : "no")
                    + " older pointer and value and " + (newer ? "a" : "no") + " newer pointer and value, was "
                    + oldPointer + " and " + newPointer);
        }
    }

    /**
     * Checks if the change concerns a part of the model: if a property name on either pointer is that name, such as
     * {@code targets} for any change in or of a target, or if a value that was added, removed, renamed or replaced
     * holds that property, not empty, at any depth, such as an added initiative with targets.
     *
     * @param name a property name of the format, not null
     * @return true if either pointer passes through that property or a value added, removed or replaced holds it
     */
    public boolean concerns(String name) {
        Objects.requireNonNull(name, "name");
        return passesThrough(oldPointer, name) || passesThrough(newPointer, name)
                || kind != ChangeKind.REORDERED && (ModelWalk.holds(oldValue, name) || ModelWalk.holds(newValue, name));
    }

    /**
     * Returns the pointer of the newer value, or of the older one for a removal.
     *
     * @return the pointer, not null
     */
    public String pointer() {
        return newPointer != null ? newPointer : Objects.requireNonNull(oldPointer);
    }

    private static boolean passesThrough(@Nullable String pointer, String name) {
        if (pointer == null) {
            return false;
        }
        for (String segment : pointer.split("/", -1)) {
            if (segment.replace("~1", "/").replace("~0", "~").equals(name)) {
                return true;
            }
        }
        return false;
    }
}
