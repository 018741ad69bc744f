package org.climatecity.core.diff;

/**
 * The options of a comparison.
 *
 * <p>Immutable and thread-safe.
 *
 * @param moves whether an element whose id changed but whose content stayed the same is reported as one
 *     {@linkplain ChangeKind#MOVED move} rather than as removed and added; off by default, since ids are the identity
 * @since 0.1.0
 */
public record DiffOptions(boolean moves) {

    /** The default options: no moves. */
    public static final DiffOptions DEFAULTS = new DiffOptions(false);

    /**
     * Returns a copy with moves reported or not.
     *
     * @param report whether to report moves
     * @return the options, not null
     */
    public DiffOptions withMoves(boolean report) {
        return new DiffOptions(report);
    }
}
