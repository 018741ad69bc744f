package org.climatecity.core.calc;

import java.util.List;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.internal.Require;

/**
 * The emissions a target is measured against in one year, with the inventories they were taken from, so that a
 * reader can see which figures were compared: for a joint target, one inventory per owner.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year
 * @param tonnesCo2e the emissions in tonnes CO2e, as the target counts them
 * @param inventories the inventories used, one per owner in the target's order; empty when the value is the
 *     target's own baseline
 * @since 0.1.0
 */
public record MatchedEmissions(int year, double tonnesCo2e, List<EmissionsInventory> inventories) {

    /**
     * Creates the match.
     *
     * @param year the year
     * @param tonnesCo2e the emissions, finite
     * @param inventories the inventories used, not null
     * @throws org.climatecity.core.ClimateCityException if the emissions are not finite
     */
    public MatchedEmissions {
        Require.finite(tonnesCo2e, "matched tonnes CO2e");
        inventories = Require.list(inventories, "inventories");
    }

    /**
     * Checks if the value is the target's own baseline rather than taken from inventories.
     *
     * @return true when no inventory was used
     */
    public boolean isTargetsOwn() {
        return inventories.isEmpty();
    }
}
