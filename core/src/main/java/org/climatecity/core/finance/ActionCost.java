package org.climatecity.core.finance;

import java.math.BigDecimal;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Money;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * What an action costs in one year, split into capital costs (investments) and operating costs, in one currency.
 *
 * <p>Immutable and thread-safe.
 *
 * @param action the action of the initiative, not null
 * @param year the year, 1900 to 2200
 * @param capital the capital cost, not null
 * @param operating the operating cost, not null, in the capital cost's currency
 * @since 0.1.0
 */
public record ActionCost(LocalId action, int year, Money capital, Money operating) {

    /**
     * Creates a cost line.
     *
     * @param action the action, not null
     * @param year the year
     * @param capital the capital cost, not null
     * @param operating the operating cost, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing, the year out of range or the
     *     currencies differ
     */
    public ActionCost {
        Require.nonNull(action, "cost action");
        Require.year(year, "cost year");
        Require.nonNull(capital, "capital cost");
        Require.nonNull(operating, "operating cost");
        if (!capital.currency().equals(operating.currency())) {
            throw new ClimateCityException("operating cost of '" + action + "' in "
                    + year + " must be in the capital cost's currency " + capital.currency() + ", was "
                    + operating.currency());
        }
    }

    /**
     * Returns the capital and operating costs together.
     *
     * @return the total amount, in the line's currency
     */
    public BigDecimal total() {
        return capital.amount().add(operating.amount());
    }
}
