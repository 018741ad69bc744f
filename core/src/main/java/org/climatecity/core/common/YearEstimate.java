package org.climatecity.core.common;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;

/**
 * A value of one year with its uncertainty, as a low, central and high estimate: an action's reduction in a year, or
 * a sum of projected emissions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year, 1900 to 2200
 * @param low the low estimate, finite
 * @param central the central estimate, finite, not below {@code low}
 * @param high the high estimate, finite, not below {@code central}
 * @since 0.1.0
 */
public record YearEstimate(int year, double low, double central, double high) {

    /**
     * Creates an estimate.
     *
     * @param year the year, 1900 to 2200
     * @param low the low estimate
     * @param central the central estimate
     * @param high the high estimate
     * @throws ClimateCityException if the year is out of range, a value is not finite, or the three are not in
     *     the order low &lt;= central &lt;= high
     */
    public YearEstimate {
        Require.year(year, "estimate year");
        Require.ordered(low, central, high, "estimate of " + year);
    }

    /**
     * Obtains an estimate without uncertainty.
     *
     * @param year the year, 1900 to 2200
     * @param value the value, finite
     * @return the estimate with low, central and high equal
     * @throws ClimateCityException if the year is out of range or the value not finite
     */
    public static YearEstimate exactly(int year, double value) {
        return new YearEstimate(year, value, value, value);
    }

    /**
     * Returns the width of the band, high minus low.
     *
     * @return the width, not negative
     */
    public double width() {
        return high - low;
    }
}
