package org.climatecity.core.targets;

/**
 * Which emissions a target counts.
 *
 * @since 0.1.0
 */
public enum Boundary {
    /** Emissions within the area (production-based), as in Sweden's emissions database. */
    TERRITORIAL,
    /** Emissions caused by the residents' consumption, wherever they occur. */
    CONSUMPTION_BASED
}
