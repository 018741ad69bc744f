package org.climatecity.core.indicators;

/**
 * The direction in which an indicator improves.
 *
 * @since 0.1.0
 */
public enum Direction {
    /** A higher value is better, such as the share of electric cars. */
    HIGHER_IS_BETTER,
    /** A lower value is better, such as emissions per resident. */
    LOWER_IS_BETTER;

    /**
     * Checks if a value is at least as good as another in this direction.
     *
     * @param value the value
     * @param reference the value compared with
     * @return true if {@code value} is better than or equal to {@code reference}
     */
    public boolean atLeastAsGood(double value, double reference) {
        return this == HIGHER_IS_BETTER ? value >= reference : value <= reference;
    }
}
