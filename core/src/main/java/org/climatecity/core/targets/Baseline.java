package org.climatecity.core.targets;

import org.climatecity.core.internal.Require;

/**
 * The emissions in the year a target is measured from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the baseline year, 1900 to 2200
 * @param tonnesCo2e the emissions in that year in tonnes CO2e, not negative
 * @since 0.1.0
 */
public record Baseline(int year, double tonnesCo2e) {

    /**
     * Creates a baseline.
     *
     * @param year the year
     * @param tonnesCo2e the emissions, not negative
     * @throws org.climatecity.core.ClimateCityException if a value is out of range
     */
    public Baseline {
        Require.year(year, "baseline year");
        Require.nonNegative(tonnesCo2e, "baseline tonnes CO2e");
    }
}
