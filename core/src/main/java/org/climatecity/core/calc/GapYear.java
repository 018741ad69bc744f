package org.climatecity.core.calc;

import org.climatecity.core.internal.Require;

/**
 * One year of a {@link GapAnalysis}: the target path, the trend, the planned actions' effect and the trend with that
 * effect. Immutable and thread-safe.
 *
 * @param year the year, 1900 to 2200
 * @param target the target path's value in tonnes CO2e, finite
 * @param trend the trend's value in tonnes CO2e, finite
 * @param actionEffect the expected reduction of the delivering actions in tonnes CO2e, not negative
 * @param trendWithActions the trend less the actions' effect, floored at zero, finite
 * @since 0.1.0
 */
public record GapYear(int year, double target, double trend, double actionEffect, double trendWithActions) {

    /**
     * Creates a year of a gap analysis.
     *
     * @param year the year
     * @param target the target path's value, finite
     * @param trend the trend's value, finite
     * @param actionEffect the actions' effect, not negative
     * @param trendWithActions the trend with actions, finite
     * @throws org.climatecity.core.ClimateCityException if a value is out of range
     */
    public GapYear {
        Require.year(year, "gap year");
        Require.finite(target, "target value");
        Require.finite(trend, "trend value");
        Require.nonNegative(actionEffect, "action effect");
        Require.finite(trendWithActions, "trend with actions");
    }

    /**
     * Returns the gap between the trend and the target path; positive when the trend is above the target.
     *
     * @return {@code trend - target} in tonnes CO2e
     */
    public double gap() {
        return trend - target;
    }

    /**
     * Returns the gap that remains with the planned actions; positive when they do not suffice.
     *
     * @return {@code trendWithActions - target} in tonnes CO2e
     */
    public double gapWithActions() {
        return trendWithActions - target;
    }

    /**
     * Returns the part of the gap the actions close: their effect as counted (the trend less the trend with actions),
     * at most the gap, 0 when there is no gap.
     *
     * @return the covered tonnes CO2e, from 0 to {@code max(gap(), 0)}
     */
    public double coveredGap() {
        return Math.max(0, Math.min(trend - trendWithActions, gap()));
    }
}
