package org.climatecity.core.emissions;

import java.util.List;
import org.climatecity.core.internal.Require;

/**
 * A sum over an inventory's entries that says whether it is complete: the figures that were estimated are added,
 * and the entries that give a notation key instead of a figure (not estimated, confidential) are listed rather than
 * counted as zero. Entries whose emissions do not occur or are included elsewhere do not make a sum incomplete.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tonnesCo2e the sum of the figures given, in tonnes CO2e
 * @param missing the entries without a figure that leave the sum short, not null
 * @since 0.1.0
 */
public record InventoryTotal(double tonnesCo2e, List<InventoryEntry> missing) {

    /**
     * Creates a total.
     *
     * @param tonnesCo2e the sum, finite
     * @param missing the entries left out, not null
     * @throws org.climatecity.core.ClimateCityException if the sum is not finite
     */
    public InventoryTotal {
        Require.finite(tonnesCo2e, "total tonnes CO2e");
        missing = Require.list(missing, "missing entries");
    }

    /**
     * Checks if the sum counts every source: no entry gives a notation key that leaves it short.
     *
     * @return true when complete
     */
    public boolean isComplete() {
        return missing.isEmpty();
    }
}
