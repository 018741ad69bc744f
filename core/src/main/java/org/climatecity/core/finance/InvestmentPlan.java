package org.climatecity.core.finance;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * An investment plan, as the EU Climate City Contract asks for: each action's capital and operating costs per year,
 * and the funding sources allocated to them, all in one currency. The funding gap follows from it, see
 * {@link org.climatecity.core.calc.FundingGaps}.
 *
 * <p>Immutable and thread-safe. That the actions and funding sources exist, and that no funding is counted twice,
 * is checked when the whole {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param id the plan's id, not null
 * @param name the name, not blank
 * @param currency the currency of every amount in the plan, not null
 * @param costs the costs per action and year, not null; at most one per action and year
 * @param allocations the funding allocated per source, action and year, not null
 * @param provenance where the figures come from, or how they were chosen where they are illustrative; null when
 *     not stated
 * @since 0.1.0
 */
public record InvestmentPlan(LocalId id, String name, Currency currency, List<ActionCost> costs,
        List<FundingAllocation> allocations, @Nullable Provenance provenance) {

    /**
     * Creates an investment plan.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param currency the currency, not null
     * @param costs the costs, not null
     * @param allocations the allocations, not null
     * @param provenance the provenance, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing, an amount is in another currency,
     *     or an action has two cost lines for one year
     */
    public InvestmentPlan {
        Require.nonNull(id, "investment plan id");
        name = Require.text(name, "investment plan name");
        Require.nonNull(currency, "investment plan currency");
        costs = Require.list(costs, "costs");
        allocations = Require.list(allocations, "allocations");
        Set<List<Object>> lines = new HashSet<>();
        for (ActionCost cost : costs) {
            if (!cost.capital().currency().equals(currency)) {
                throw notInCurrency("cost of '" + cost.action() + "' in " + cost.year(), id, currency, cost.capital());
            }
            if (!lines.add(List.of(cost.action(), cost.year()))) {
                throw new ClimateCityException("investment plan '" + id
                        + "' must have one cost line per action and year, repeated '" + cost.action() + "' in "
                        + cost.year());
            }
        }
        for (FundingAllocation allocation : allocations) {
            if (!allocation.amount().currency().equals(currency)) {
                throw notInCurrency("allocation of '" + allocation.source() + "' to '" + allocation.action() + "' in "
                        + allocation.year(), id, currency, allocation.amount());
            }
        }
    }

    private static ClimateCityException notInCurrency(String what, LocalId id, Currency currency, Money amount) {
        return new ClimateCityException(what + " must be in the currency of investment plan '" + id + "', "
                + currency + ", was " + amount.currency());
    }
}
