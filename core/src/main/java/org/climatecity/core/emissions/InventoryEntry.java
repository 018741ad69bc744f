package org.climatecity.core.emissions;

import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * The emissions of one sector (and scope, where known) in an inventory, in tonnes of CO2 equivalents. Removals, as in
 * land use, are negative.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sector the sector, not null
 * @param scope the GHG Protocol scope, or null when not known
 * @param tonnesCo2e the emissions in tonnes CO2e, finite
 * @since 0.1.0
 */
public record InventoryEntry(EmissionsSector sector, @Nullable GhgScope scope, double tonnesCo2e) {

    /**
     * Creates an entry.
     *
     * @param sector the sector, not null
     * @param scope the scope, or null
     * @param tonnesCo2e the emissions, finite
     * @throws org.climatecity.core.ClimateCityException if the sector is missing or the amount not finite
     */
    public InventoryEntry {
        Require.nonNull(sector, "sector");
        Require.finite(tonnesCo2e, "tonnes CO2e");
    }

    /**
     * Obtains an entry without scope.
     *
     * @param sector the sector, not null
     * @param tonnesCo2e the emissions, finite
     * @return the entry
     */
    public static InventoryEntry of(EmissionsSector sector, double tonnesCo2e) {
        return new InventoryEntry(sector, null, tonnesCo2e);
    }
}
