package org.climatecity.core.calc;

import java.util.Currency;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * An action's cost per tonne of CO2e reduced over its life, see {@link ActionEffects#costPerTonne}. Immutable and
 * thread-safe.
 *
 * @param action the action's id, not null
 * @param firstYear the first year counted, the first year of the action's period
 * @param horizonYear the last year counted, not before {@code firstYear}
 * @param tonnesReduced the reduction summed over the years counted, greater than 0
 * @param cost the action's cost, not negative
 * @param currency the cost's currency, not null
 * @since 0.1.0
 */
public record CostPerTonne(LocalId action, int firstYear, int horizonYear, double tonnesReduced, double cost,
        Currency currency) {

    /**
     * Creates the figure.
     *
     * @param action the action's id, not null
     * @param firstYear the first year counted
     * @param horizonYear the last year counted
     * @param tonnesReduced the tonnes reduced, greater than 0
     * @param cost the cost, not negative
     * @param currency the currency, not null
     * @throws ClimateCityException if a component is missing or out of range
     */
    public CostPerTonne {
        Require.nonNull(action, "action");
        Require.year(firstYear, "first year");
        Require.year(horizonYear, "horizon year");
        if (horizonYear < firstYear) {
            throw new ClimateCityException("horizon year must not be before first year " + firstYear + ", was "
                    + horizonYear);
        }
        Require.finite(tonnesReduced, "tonnes reduced");
        if (tonnesReduced <= 0) {
            throw new ClimateCityException("tonnes reduced must be greater than 0, was " + tonnesReduced);
        }
        Require.nonNegative(cost, "cost");
        Require.nonNull(currency, "currency");
    }

    /**
     * Returns the cost per tonne.
     *
     * @return {@code cost / tonnesReduced} in the currency per tonne CO2e
     */
    public double perTonne() {
        return cost / tonnesReduced;
    }
}
