package org.climatecity.core.calc;

import org.climatecity.core.internal.Require;

/**
 * One observed value of a {@link YearlySeries}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the year, 1900 to 2200
 * @param value the value, finite
 * @since 0.1.0
 */
public record YearValue(int year, double value) {

    /**
     * Creates a point.
     *
     * @param year the year, 1900 to 2200
     * @param value the value, finite
     * @throws org.climatecity.core.ClimateCityException if the year is out of range or the value not finite
     */
    public YearValue {
        Require.year(year, "series year");
        Require.finite(value, "series value in " + year);
    }
}
