package org.climatecity.core.time;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;

/**
 * A range of calendar years, both ends inclusive, such as 2025–2030.
 *
 * <p>Immutable and thread-safe; not comparable.
 *
 * @param first the first year, 1900 to 2200
 * @param last the last year, not before {@code first}
 * @since 0.1.0
 */
public record YearRange(int first, int last) {

    /**
     * Creates a range, checking that both years are supported and in order.
     *
     * @param first the first year
     * @param last the last year
     * @throws ClimateCityException if a year is out of range or last is before first
     */
    public YearRange {
        Require.year(first, "first year");
        Require.year(last, "last year");
        if (last < first) {
            throw new ClimateCityException("last year must not be before first year " + first + ", was " + last);
        }
    }

    /**
     * Obtains a range of years.
     *
     * @param first the first year
     * @param last the last year
     * @return the range
     * @throws ClimateCityException if a year is out of range or last is before first
     */
    public static YearRange of(int first, int last) {
        return new YearRange(first, last);
    }

    /**
     * Checks if the range contains a year.
     *
     * @param year the year
     * @return true if first &lt;= year &lt;= last
     */
    public boolean contains(int year) {
        return year >= first && year <= last;
    }

    /**
     * Returns the number of years in the range.
     *
     * @return last - first + 1
     */
    public int length() {
        return last - first + 1;
    }
}
