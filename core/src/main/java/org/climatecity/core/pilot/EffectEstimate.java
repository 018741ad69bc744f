package org.climatecity.core.pilot;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;

/**
 * A pilot's effect per driver unit with its uncertainty, as a low, central and high estimate.
 *
 * <p>Immutable and thread-safe.
 *
 * @param low the low estimate, not negative
 * @param central the central estimate, not below {@code low}
 * @param high the high estimate, not below {@code central}
 * @since 0.1.0
 */
public record EffectEstimate(double low, double central, double high) {

    /**
     * Creates an estimate.
     *
     * @param low the low estimate
     * @param central the central estimate
     * @param high the high estimate
     * @throws ClimateCityException if a value is negative, not finite, or the three are out of order
     */
    public EffectEstimate {
        Require.nonNegative(low, "low effect");
        Require.nonNegative(central, "central effect");
        Require.nonNegative(high, "high effect");
        if (low > central || central > high) {
            throw new ClimateCityException("effect estimate must satisfy low <= central <= high, was " + low + ", "
                    + central + ", " + high);
        }
    }

    /**
     * Obtains an estimate without uncertainty.
     *
     * @param value the effect, not negative
     * @return the estimate with low, central and high equal
     */
    public static EffectEstimate exactly(double value) {
        return new EffectEstimate(value, value, value);
    }
}
