package org.climatecity.core.emissions;

import org.climatecity.core.internal.Require;

/**
 * The emission factor of one gas that turned an entry's activity into emissions, such as 56,100 kg CO2 per TJ.
 *
 * <p>Immutable and thread-safe.
 *
 * @param gas the gas, not null
 * @param value the factor, finite and not negative
 * @param unit the unit, such as {@code kg/TJ}, not blank
 * @since 0.1.0
 */
public record EmissionFactor(Gas gas, double value, String unit) {

    /**
     * Creates a factor.
     *
     * @param gas the gas, not null
     * @param value the factor, not negative
     * @param unit the unit, not blank
     * @throws org.climatecity.core.ClimateCityException if a component is missing or the factor negative
     */
    public EmissionFactor {
        Require.nonNull(gas, "gas");
        Require.nonNegative(value, "emission factor");
        unit = Require.text(unit, "emission factor unit");
    }
}
