package org.climatecity.core.calc;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;

/**
 * Whether a path's cumulative emissions over a range of years stay within a budget, such as a trend's emissions
 * 2025–2050 against the carbon-law path's (Klimatkollen's "on track for Paris").
 *
 * <p>Cumulative emissions are the sum of the yearly values, both end years included (see
 * {@link EmissionsProjection#cumulative(int, int)}). Immutable and thread-safe.
 *
 * @param fromYear the first year counted
 * @param toYear the last year counted, not before {@code fromYear}
 * @param cumulative the path's cumulative emissions in tonnes CO2e, finite
 * @param budget the budget in tonnes CO2e, finite
 * @since 0.1.0
 */
public record BudgetCheck(int fromYear, int toYear, double cumulative, double budget) {

    /**
     * Creates a check.
     *
     * @param fromYear the first year
     * @param toYear the last year
     * @param cumulative the cumulative emissions, finite
     * @param budget the budget, finite
     * @throws ClimateCityException if the years are out of range or order, or a value not finite
     */
    public BudgetCheck {
        Require.year(fromYear, "budget first year");
        Require.year(toYear, "budget last year");
        if (toYear < fromYear) {
            throw new ClimateCityException("budget last year must not be before first year " + fromYear + ", was "
                    + toYear);
        }
        Require.finite(cumulative, "cumulative emissions");
        Require.finite(budget, "budget");
    }

    /**
     * Compares a path's cumulative emissions with those of a budget path over the same years.
     *
     * @param path the path checked, such as an anchored trend, not null
     * @param budgetPath the path that sets the budget, such as the carbon-law path, not null
     * @param fromYear the first year counted
     * @param toYear the last year counted
     * @return the check
     * @throws ClimateCityException if a path does not cover the years, or they are out of order
     */
    public static BudgetCheck of(EmissionsProjection path, EmissionsProjection budgetPath, int fromYear,
            int toYear) {
        Require.nonNull(path, "path");
        Require.nonNull(budgetPath, "budget path");
        return new BudgetCheck(fromYear, toYear, path.cumulative(fromYear, toYear),
                budgetPath.cumulative(fromYear, toYear));
    }

    /**
     * Checks if the cumulative emissions stay within the budget.
     *
     * @return true if {@code cumulative <= budget}
     */
    public boolean withinBudget() {
        return cumulative <= budget;
    }

    /**
     * Returns how much the cumulative emissions exceed the budget.
     *
     * @return {@code cumulative - budget}, negative when within the budget
     */
    public double excess() {
        return cumulative - budget;
    }
}
