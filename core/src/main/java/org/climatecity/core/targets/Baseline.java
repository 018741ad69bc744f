package org.climatecity.core.targets;

import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * The year a target is measured from, with the emissions in that year where the target states them; without a value,
 * the emissions are taken from the document's matching inventories (see
 * {@link org.climatecity.core.calc.TargetEmissions#baseline}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the baseline year, 1900 to 2200
 * @param tonnesCo2e the emissions in that year in tonnes CO2e, not negative, or null when the target does not state
 *     them
 * @since 0.1.0
 */
public record Baseline(int year, @Nullable Double tonnesCo2e) {

    /**
     * Creates a baseline.
     *
     * @param year the year
     * @param tonnesCo2e the emissions, not negative, or null
     * @throws org.climatecity.core.ClimateCityException if a value is out of range
     */
    public Baseline {
        Require.year(year, "baseline year");
        if (tonnesCo2e != null) {
            Require.nonNegative(tonnesCo2e, "baseline tonnes CO2e");
        }
    }

    /**
     * Obtains a baseline year without a value, to be taken from the inventories.
     *
     * @param year the year
     * @return the baseline
     */
    public static Baseline yearOnly(int year) {
        return new Baseline(year, null);
    }
}
