package org.climatecity.serialization.format;

/**
 * The range a number of the format must lie in, as the model checks it and the JSON Schema states it.
 *
 * @param minimum the least value
 * @param exclusiveMinimum true when the minimum itself is not allowed
 * @param maximum the greatest value, or {@link Double#NaN} for none
 */
public record Range(double minimum, boolean exclusiveMinimum, double maximum) {

    /** A calendar year the model accepts: 1900 to 2200. */
    public static final Range YEAR = new Range(1900, false, 2200);
    /** Not negative, no maximum. */
    public static final Range NON_NEGATIVE = new Range(0, false, Double.NaN);

    /**
     * Obtains a closed range.
     *
     * @param minimum the least value
     * @param maximum the greatest value
     * @return the range
     */
    public static Range of(double minimum, double maximum) {
        return new Range(minimum, false, maximum);
    }

    /**
     * Obtains a range that excludes its minimum.
     *
     * @param minimum the value every number must exceed
     * @param maximum the greatest value
     * @return the range
     */
    public static Range above(double minimum, double maximum) {
        return new Range(minimum, true, maximum);
    }

    /**
     * Checks if the range has a maximum.
     *
     * @return true when bounded above
     */
    public boolean hasMaximum() {
        return !Double.isNaN(maximum);
    }
}
