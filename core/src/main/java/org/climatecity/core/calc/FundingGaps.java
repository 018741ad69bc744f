package org.climatecity.core.calc;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.finance.ActionCost;
import org.climatecity.core.finance.FundingAllocation;
import org.climatecity.core.finance.FundingSource;
import org.climatecity.core.finance.InvestmentPlan;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.Initiative;

/**
 * Calculates the funding gap of an investment plan: per year, per field of action and in total, the actions' capital
 * and operating costs against the funding allocated to them, split by the status of each allocation's source
 * (secured, applied for, planned). The gap is the cost no funding covers; the unsecured part is the cost secured
 * funding does not cover.
 *
 * <p>Each allocation is counted once, where its action and year are; that no funding is allocated beyond its
 * source's amount or twice to one action and year is the document rule {@code funding-counted-once} (see
 * {@link org.climatecity.core.document.DocumentRules}). The class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class FundingGaps {

    private FundingGaps() {
    }

    /**
     * Returns the funding gap of an investment plan of an initiative.
     *
     * @param initiative the initiative whose actions and funding sources the plan names, not null
     * @param plan the investment plan, not null
     * @return the gap per year, per field and in total
     * @throws ClimateCityException if the plan names an action or funding source the initiative does not have
     */
    public static FundingGapReport of(Initiative initiative, InvestmentPlan plan) {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(plan, "plan");
        Map<LocalId, Action> actions = new HashMap<>();
        initiative.actionPlans().forEach(p -> p.actions().forEach(a -> actions.putIfAbsent(a.id(), a)));
        Map<LocalId, FundingSource> sources = new HashMap<>();
        initiative.fundingSources().forEach(s -> sources.putIfAbsent(s.id(), s));

        TreeMap<Integer, FundingGap> byYear = new TreeMap<>();
        Map<FieldOfAction, FundingGap> byField = new EnumMap<>(FieldOfAction.class);
        FundingGap total = FundingGap.NONE;
        for (ActionCost cost : plan.costs()) {
            FundingGap line = new FundingGap(cost.total(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
            FieldOfAction field = action(actions, cost.action(), plan).field();
            byYear.merge(cost.year(), line, FundingGap::plus);
            byField.merge(field, line, FundingGap::plus);
            total = total.plus(line);
        }
        for (FundingAllocation allocation : plan.allocations()) {
            FundingSource source = sources.get(allocation.source());
            if (source == null) {
                throw new ClimateCityException("investment plan '" + plan.id() + "' allocates unknown funding source '"
                        + allocation.source() + "' of initiative '" + initiative.id() + "'");
            }
            BigDecimal amount = allocation.amount().amount();
            FundingGap line = switch (source.status()) {
                case SECURED -> new FundingGap(BigDecimal.ZERO, amount, BigDecimal.ZERO, BigDecimal.ZERO);
                case APPLIED_FOR -> new FundingGap(BigDecimal.ZERO, BigDecimal.ZERO, amount, BigDecimal.ZERO);
                case PLANNED -> new FundingGap(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, amount);
            };
            FieldOfAction field = action(actions, allocation.action(), plan).field();
            byYear.merge(allocation.year(), line, FundingGap::plus);
            byField.merge(field, line, FundingGap::plus);
            total = total.plus(line);
        }
        return new FundingGapReport(plan.id(), plan.currency(), byYear, byField, total);
    }

    private static Action action(Map<LocalId, Action> actions, LocalId id, InvestmentPlan plan) {
        Action action = actions.get(id);
        if (action == null) {
            throw new ClimateCityException("investment plan '" + plan.id() + "' names unknown action '" + id + "'");
        }
        return action;
    }
}
