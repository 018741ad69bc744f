package org.climatecity.core.time;

import java.time.LocalDate;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A half-open range of dates, from a start date (inclusive) to an optional end date (exclusive).
 *
 * <p>An absent end means the range is still open. A range from 2024-12-01 with no end contains 2024-12-01 and every
 * later date; a range from 2021-01-01 to 2024-12-01 contains 2024-11-30 but not 2024-12-01, so consecutive ranges
 * that share a boundary date do not overlap. Immutable and thread-safe; not comparable.
 *
 * @param start the first date in the range, not null
 * @param end the first date after the range, or null when open; after {@code start}
 * @since 0.1.0
 */
public record DateRange(LocalDate start, @Nullable LocalDate end) {

    /**
     * Creates a range, checking that the end, if any, is after the start.
     *
     * @param start the first date, not null
     * @param end the first date after the range, or null
     * @throws ClimateCityException if start is null or end is not after start
     */
    public DateRange {
        Require.date(start, "date range start");
        Require.optionalDate(end, "date range end");
        if (end != null && !end.isAfter(start)) {
            throw new ClimateCityException("date range end must be after its start " + start + ", was " + end);
        }
    }

    /**
     * Obtains an open range starting on a date.
     *
     * @param start the first date, not null
     * @return the range
     */
    public static DateRange from(LocalDate start) {
        return new DateRange(start, null);
    }

    /**
     * Obtains a range from a start date (inclusive) to an end date (exclusive).
     *
     * @param start the first date, not null
     * @param endExclusive the first date after the range, not null
     * @return the range
     * @throws ClimateCityException if the end is not after the start
     */
    public static DateRange of(LocalDate start, LocalDate endExclusive) {
        if (endExclusive == null) {
            throw new ClimateCityException("date range end must not be null");
        }
        return new DateRange(start, endExclusive);
    }

    /**
     * Returns the end, if the range is closed.
     *
     * @return the first date after the range, or empty when open
     */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(end);
    }

    /**
     * Checks if the range contains a date.
     *
     * @param date the date, not null
     * @return true if start &lt;= date &lt; end
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && (end == null || date.isBefore(end));
    }

    /**
     * Checks if this range shares at least one date with another.
     *
     * @param other the other range, not null
     * @return true if the ranges overlap
     */
    public boolean overlaps(DateRange other) {
        boolean thisStartsBeforeOtherEnds = other.end == null || start.isBefore(other.end);
        boolean otherStartsBeforeThisEnds = end == null || other.start.isBefore(end);
        return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    /**
     * Returns a copy that ends on the given date (exclusive).
     *
     * @param endExclusive the first date after the range, not null
     * @return the closed range
     */
    public DateRange withEnd(LocalDate endExclusive) {
        return of(start, endExclusive);
    }
}
