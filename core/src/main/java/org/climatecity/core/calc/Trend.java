package org.climatecity.core.calc;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalDouble;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;

/**
 * A trend line fitted to observed yearly values, with the last observed value it is anchored at.
 *
 * <p>The fitted line is {@code valueAtFirstYear + slope * (year - firstYear)}. The <em>anchored</em> trend, as
 * Klimatkollen draws it, is the same line shifted to pass through the last observed value and floored at zero:
 * {@code max(0, lastObservedValue + slope * (year - lastYear))}. Obtain trends from {@link Trends}. Immutable and
 * thread-safe.
 *
 * @param method how the line was fitted, not null
 * @param firstYear the first observed year used
 * @param lastYear the last observed year used, after {@code firstYear}
 * @param points the number of observed years used, at least 2
 * @param slope the change per year, finite
 * @param valueAtFirstYear the fitted line's value in {@code firstYear}, finite
 * @param lastObservedValue the observed value in {@code lastYear}, finite
 * @since 0.1.0
 */
public record Trend(TrendMethod method, int firstYear, int lastYear, int points, double slope,
        double valueAtFirstYear, double lastObservedValue) {

    /**
     * Creates a trend.
     *
     * @param method the method, not null
     * @param firstYear the first year
     * @param lastYear the last year
     * @param points the number of points, at least 2
     * @param slope the slope, finite
     * @param valueAtFirstYear the fitted value in the first year, finite
     * @param lastObservedValue the observed value in the last year, finite
     * @throws ClimateCityException if a component is missing or out of range
     */
    public Trend {
        Require.nonNull(method, "trend method");
        Require.year(firstYear, "trend first year");
        Require.year(lastYear, "trend last year");
        if (lastYear <= firstYear) {
            throw new ClimateCityException("trend last year must be after first year " + firstYear + ", was "
                    + lastYear);
        }
        if (points < 2 || points > lastYear - firstYear + 1) {
            throw new ClimateCityException("trend points must be from 2 to " + (lastYear - firstYear + 1)
                    + ", was " + points);
        }
        Require.finite(slope, "trend slope");
        Require.finite(valueAtFirstYear, "trend value at first year");
        Require.finite(lastObservedValue, "last observed value");
    }

    /**
     * Returns the fitted line's value in a year, without anchoring or floor.
     *
     * @param year the year, may be fractional
     * @return the value of the fitted line
     */
    public double fittedValue(double year) {
        return valueAtFirstYear + slope * (year - firstYear);
    }

    /**
     * Returns the anchored trend's value in a year: the line through the last observed value, floored at zero.
     *
     * @param year the year
     * @return {@code max(0, lastObservedValue + slope * (year - lastYear))}
     */
    public double anchoredValue(int year) {
        return Math.max(0.0, lastObservedValue + slope * (year - lastYear));
    }

    /**
     * Returns the anchored trend for a range of years as a projection of kind {@link ProjectionKind#ANCHORED_TREND}.
     *
     * @param fromYear the first year, 1900 to 2200
     * @param toYear the last year, not before {@code fromYear}, at most 2200
     * @return the projection
     * @throws ClimateCityException if the years are out of range or order
     */
    public EmissionsProjection anchoredPath(int fromYear, int toYear) {
        Require.year(fromYear, "path first year");
        Require.year(toYear, "path last year");
        if (toYear < fromYear) {
            throw new ClimateCityException("path last year must not be before first year " + fromYear + ", was "
                    + toYear);
        }
        double[] values = new double[toYear - fromYear + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = anchoredValue(fromYear + i);
        }
        return EmissionsProjection.of(ProjectionKind.ANCHORED_TREND, fromYear, values);
    }

    /**
     * Returns the fractional year in which the anchored trend reaches zero: {@code lastYear - lastObservedValue /
     * slope}, so that 2067.116 is about 12 February 2067.
     *
     * <p>A last observed value of zero or below has reached zero already: the result is {@code lastYear}. Otherwise
     * the result is empty when the slope is not negative, as the trend never reaches zero.
     *
     * @return the year, or empty when the trend does not fall to zero
     */
    public OptionalDouble zeroYear() {
        if (lastObservedValue <= 0) {
            return OptionalDouble.of(lastYear);
        }
        if (slope >= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(lastYear + lastObservedValue / -slope);
    }

    /**
     * Returns the date on which the anchored trend reaches zero, as Klimatkollen reports it: the whole year of
     * {@link #zeroYear()}, plus its fraction times 365.25 days from 1 January, rounded down to whole days. For
     * Borlänge's emissions to 2024 this is 2067-02-12.
     *
     * @return the date, or empty when the trend does not fall to zero (or only after the last year a
     *         {@link LocalDate} can hold)
     */
    public Optional<LocalDate> zeroDate() {
        OptionalDouble zero = zeroYear();
        if (zero.isEmpty() || zero.getAsDouble() >= Year.MAX_VALUE) {
            return Optional.empty();
        }
        double t = zero.getAsDouble();
        int year = (int) Math.floor(t);
        long days = (long) Math.floor((t - year) * 365.25);
        return Optional.of(LocalDate.of(year, 1, 1).plusDays(days));
    }
}
