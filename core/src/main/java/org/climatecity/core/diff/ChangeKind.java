package org.climatecity.core.diff;

/**
 * The kind of a {@link Change}.
 *
 * @since 0.1.0
 */
public enum ChangeKind {
    /** Present only in the newer document: an element of a list, or an optional property that was absent. */
    ADDED,
    /** Present only in the older document. */
    REMOVED,
    /** Present in both documents with another value. */
    CHANGED,
    /** An element whose id changed while the rest of it stayed the same; reported only when asked for. */
    MOVED,
    /**
     * An element of a list matched in both documents whose place among the other matched elements changed: its
     * pointers differ in their last index, its values are the element in each document. Only the fewest elements
     * that restore the order are reported; the changes inside the element are reported too.
     */
    REORDERED;

    /**
     * Returns the kind as a lowercase word, such as {@code added}.
     *
     * @return the word, not null
     */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
