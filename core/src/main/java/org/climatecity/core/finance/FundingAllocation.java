package org.climatecity.core.finance;

import org.climatecity.core.common.Money;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * A part of a funding source put towards an action in one year.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the funding source of the initiative, not null
 * @param action the action of the initiative, not null
 * @param year the year, 1900 to 2200
 * @param amount the amount, not null
 * @since 0.1.0
 */
public record FundingAllocation(LocalId source, LocalId action, int year, Money amount) {

    /**
     * Creates an allocation.
     *
     * @param source the source, not null
     * @param action the action, not null
     * @param year the year
     * @param amount the amount, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or the year out of range
     */
    public FundingAllocation {
        Require.nonNull(source, "allocated funding source");
        Require.nonNull(action, "funded action");
        Require.year(year, "allocation year");
        Require.nonNull(amount, "allocated amount");
    }
}
