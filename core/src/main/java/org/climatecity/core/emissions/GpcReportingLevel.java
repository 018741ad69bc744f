package org.climatecity.core.emissions;

/**
 * The reporting level a GPC subcategory belongs to: which inventories must include it.
 *
 * @since 0.1.0
 */
public enum GpcReportingLevel {
    /** Required in a BASIC inventory (and so in BASIC+). */
    BASIC,
    /** Required in a BASIC+ inventory only. */
    BASIC_PLUS,
    /** Counted in the city's territorial total but in neither BASIC nor BASIC+ (such as energy sent to the grid). */
    TERRITORIAL,
    /** Reported optionally (other scope 3). */
    OTHER;

    static GpcReportingLevel parse(String text) {
        return switch (text) {
            case "basic" -> BASIC;
            case "basic+" -> BASIC_PLUS;
            case "territorial" -> TERRITORIAL;
            case "other" -> OTHER;
            default -> throw new IllegalStateException("unknown GPC reporting level '" + text + "'");
        };
    }

    /**
     * Checks if an inventory of a level must include subcategories of this level.
     *
     * @param inventory the inventory's level, {@link #BASIC} or {@link #BASIC_PLUS}
     * @return true when BASIC is asked of BASIC or BASIC+, or BASIC+ of BASIC+
     */
    public boolean requiredIn(GpcReportingLevel inventory) {
        return this == BASIC && (inventory == BASIC || inventory == BASIC_PLUS)
                || this == BASIC_PLUS && inventory == BASIC_PLUS;
    }
}
