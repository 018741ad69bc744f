package org.climatecity.core.emissions;

/**
 * The GHG Protocol scope of an emission, where known.
 *
 * @since 0.1.0
 */
public enum GhgScope {
    /** Direct emissions within the boundary. */
    SCOPE_1,
    /** Emissions from grid-supplied energy used within the boundary. */
    SCOPE_2,
    /** Other emissions outside the boundary caused by activity within it. */
    SCOPE_3
}
