package org.climatecity.core.emissions;

/**
 * The sectors I–VI of the GHG Protocol for Community-Scale Greenhouse Gas Emission Inventories (GPC).
 *
 * @since 0.1.0
 */
public enum GpcSector implements EmissionsSector {
    /** I: stationary energy. */
    STATIONARY_ENERGY("stationary-energy", "I Stationary energy"),
    /** II: transportation. */
    TRANSPORTATION("transportation", "II Transportation"),
    /** III: waste. */
    WASTE("waste", "III Waste"),
    /** IV: industrial processes and product use. */
    IPPU("ippu", "IV Industrial processes and product use"),
    /** V: agriculture, forestry and other land use. */
    AFOLU("afolu", "V Agriculture, forestry and other land use"),
    /** VI: other scope 3. */
    OTHER_SCOPE_3("other-scope-3", "VI Other scope 3");

    private final String code;
    private final String label;

    GpcSector(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public SectorScheme scheme() {
        return SectorScheme.GPC;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
