package org.climatecity.core.calc;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;

/**
 * The effect of a scaled pilot in one year, in tonnes CO2e reduced, with its low, central and high estimate.
 * Immutable and thread-safe.
 *
 * @param year the year, 1900 to 2200
 * @param low the low estimate, not negative
 * @param central the central estimate, not below {@code low}
 * @param high the high estimate, not below {@code central}
 * @since 0.1.0
 */
public record ScalingYear(int year, double low, double central, double high) {

    /**
     * Creates the figures of a year.
     *
     * @param year the year
     * @param low the low estimate
     * @param central the central estimate
     * @param high the high estimate
     * @throws ClimateCityException if a value is negative, not finite or out of order
     */
    public ScalingYear {
        Require.year(year, "scaling year");
        Require.nonNegative(low, "low effect");
        Require.nonNegative(central, "central effect");
        Require.nonNegative(high, "high effect");
        if (low > central || central > high) {
            throw new ClimateCityException("scaling effect must satisfy low <= central <= high, was " + low + ", "
                    + central + ", " + high + " in " + year);
        }
    }
}
