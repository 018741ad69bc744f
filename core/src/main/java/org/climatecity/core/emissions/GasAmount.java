package org.climatecity.core.emissions;

import org.climatecity.core.internal.Require;

/**
 * The emissions of one gas in an inventory entry, in the unit the source gives, such as {@code kg CO2e} or
 * {@code t}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param gas the gas, not null
 * @param amount the amount, finite
 * @param unit the unit, not blank
 * @since 0.1.0
 */
public record GasAmount(Gas gas, double amount, String unit) {

    /**
     * Creates an amount.
     *
     * @param gas the gas, not null
     * @param amount the amount, finite
     * @param unit the unit, not blank
     * @throws org.climatecity.core.ClimateCityException if a component is missing or the amount not finite
     */
    public GasAmount {
        Require.nonNull(gas, "gas");
        Require.finite(amount, "gas amount");
        unit = Require.text(unit, "gas unit");
    }
}
