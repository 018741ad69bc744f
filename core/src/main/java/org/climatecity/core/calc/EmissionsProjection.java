package org.climatecity.core.calc;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;

/**
 * Calculated emissions for every year of a range, in tonnes CO2e: a trend, a target path, a carbon-law path.
 *
 * <p>A projection is never an observed figure: observed figures are a {@link YearlySeries}, an unrelated type, so
 * neither can be passed where the other is expected. A projection has a value for each year from {@code firstYear}
 * to {@link #lastYear()}, without gaps. Immutable and thread-safe.
 *
 * @param kind how the projection was calculated, not null
 * @param firstYear the first year, 1900 to 2200
 * @param tonnesCo2e the value of each year from {@code firstYear} on, at least one, finite, ending by 2200
 * @since 0.1.0
 */
public record EmissionsProjection(ProjectionKind kind, int firstYear, List<Double> tonnesCo2e) {

    /**
     * Creates a projection.
     *
     * @param kind the kind, not null
     * @param firstYear the first year
     * @param tonnesCo2e the values from the first year on, not null
     * @throws ClimateCityException if a component is missing, the list is empty, a value is not finite or the years
     *         run past 2200
     */
    public EmissionsProjection {
        Require.nonNull(kind, "projection kind");
        Require.year(firstYear, "projection first year");
        tonnesCo2e = Require.list(tonnesCo2e, "projection values");
        if (tonnesCo2e.isEmpty()) {
            throw new ClimateCityException("projection values must hold at least one year, was empty");
        }
        Require.year(firstYear + tonnesCo2e.size() - 1, "projection last year");
        for (int i = 0; i < tonnesCo2e.size(); i++) {
            Require.finite(tonnesCo2e.get(i), "projection value in " + (firstYear + i));
        }
    }

    /**
     * Obtains a projection from an array of yearly values; the array is copied.
     *
     * @param kind the kind, not null
     * @param firstYear the year of the first value
     * @param values the values of consecutive years, at least one, finite
     * @return the projection
     * @throws ClimateCityException if a value is not finite or the years are out of range
     */
    public static EmissionsProjection of(ProjectionKind kind, int firstYear, double... values) {
        Require.nonNull(values, "projection values");
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return new EmissionsProjection(kind, firstYear, List.of(boxed));
    }

    /**
     * Returns the last year.
     *
     * @return the year of the last value
     */
    public int lastYear() {
        return firstYear + tonnesCo2e.size() - 1;
    }

    /**
     * Checks if the projection has a value for a year.
     *
     * @param year the year
     * @return true if {@code firstYear <= year <= lastYear()}
     */
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear();
    }

    /**
     * Returns the value of a year.
     *
     * @param year the year, from {@code firstYear} to {@link #lastYear()}
     * @return the value in tonnes CO2e
     * @throws ClimateCityException if the year is outside the projection
     */
    public double valueIn(int year) {
        requireCovers(year, year);
        return tonnesCo2e.get(year - firstYear);
    }

    /**
     * Returns a copy of the values as an array.
     *
     * @return a new array, one value per year from {@code firstYear}
     */
    public double[] toArray() {
        double[] values = new double[tonnesCo2e.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = tonnesCo2e.get(i);
        }
        return values;
    }

    /**
     * Returns the cumulative emissions between two years: the sum of the yearly values from {@code fromYear} to
     * {@code toYear}, both included. A path from 2025 to 2050 thus counts 26 years; this is the budget convention of
     * Klimatkollen's carbon-law comparison.
     *
     * @param fromYear the first year summed
     * @param toYear the last year summed, not before {@code fromYear}
     * @return the sum in tonnes CO2e
     * @throws ClimateCityException if the years are out of order or outside the projection
     */
    public double cumulative(int fromYear, int toYear) {
        if (toYear < fromYear) {
            throw new ClimateCityException("cumulative emissions need fromYear <= toYear, was " + fromYear + " to "
                    + toYear);
        }
        requireCovers(fromYear, toYear);
        double sum = 0;
        for (int year = fromYear; year <= toYear; year++) {
            sum += tonnesCo2e.get(year - firstYear);
        }
        return sum;
    }

    private void requireCovers(int fromYear, int toYear) {
        if (fromYear < firstYear || toYear > lastYear()) {
            String asked = fromYear == toYear ? String.valueOf(fromYear) : fromYear + "-" + toYear;
            throw new ClimateCityException("projection covers " + firstYear + "-" + lastYear() + ", was asked for "
                    + asked);
        }
    }
}
