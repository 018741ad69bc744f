package org.climatecity.core.emissions;

/**
 * Which emissions an inventory counts, or a target: the boundary decides which figures may be compared. A target
 * is checked only against inventories of its own boundary.
 *
 * @since 0.1.0
 */
public enum Boundary {
    /**
     * Emissions within the area from the activities located there (production-based), as Sweden's national
     * emissions database (SMHI) counts them for each municipality.
     */
    TERRITORIAL,
    /** The GHG Protocol GPC's BASIC level: scope 1 and 2 of stationary energy and transport, and waste. */
    GPC_BASIC,
    /** The GHG Protocol GPC's BASIC+ level: BASIC, with industrial processes, land use and more scope 3. */
    GPC_BASIC_PLUS,
    /** Emissions caused by the residents' consumption, wherever they occur. */
    CONSUMPTION_BASED,
    /** A boundary of its own, described by the source. */
    OTHER
}
