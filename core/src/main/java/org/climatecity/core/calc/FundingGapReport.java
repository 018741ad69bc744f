package org.climatecity.core.calc;

import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * The funding gap of an investment plan per year, per field of action and in total, see {@link FundingGaps}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param plan the investment plan's id, not null
 * @param currency the currency of every figure, not null
 * @param byYear the figures per year with costs or allocations, ascending, not null
 * @param byField the figures per field of action with costs or allocations, in the fields' order, not null
 * @param total the figures of the whole plan, not null
 * @since 0.1.0
 */
public record FundingGapReport(LocalId plan, Currency currency, SortedMap<Integer, FundingGap> byYear,
        Map<FieldOfAction, FundingGap> byField, FundingGap total) {

    /**
     * Creates the report.
     *
     * @param plan the plan's id, not null
     * @param currency the currency, not null
     * @param byYear the figures per year, not null
     * @param byField the figures per field, not null
     * @param total the total, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing
     */
    public FundingGapReport {
        Require.nonNull(plan, "plan");
        Require.nonNull(currency, "currency");
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(Require.nonNull(byYear, "by year")));
        Map<FieldOfAction, FundingGap> fields = new EnumMap<>(FieldOfAction.class);
        fields.putAll(Require.nonNull(byField, "by field"));
        byField = Collections.unmodifiableMap(fields);
        Require.nonNull(total, "total");
    }
}
