package org.climatecity.core.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.Action;
import org.climatecity.core.internal.Require;

/**
 * The gap per year between a target path, the trend, and the trend less the expected effect of planned actions.
 *
 * <p>Only actions whose status {@link org.climatecity.core.action.ActionStatus#delivers() delivers} count; each
 * contributes {@link Action#reductionIn(int)} (with its ramp-up), and the trend with actions is floored at zero.
 * Immutable and thread-safe.
 *
 * @param years the analysed years, consecutive and ascending, at least one
 * @since 0.1.0
 */
public record GapAnalysis(List<GapYear> years) {

    /**
     * Creates an analysis.
     *
     * @param years the years, consecutive and ascending, not empty
     * @throws ClimateCityException if the list is empty or the years are not consecutive
     */
    public GapAnalysis {
        years = Require.list(years, "gap years");
        if (years.isEmpty()) {
            throw new ClimateCityException("gap analysis must hold at least one year, was empty");
        }
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i).year() != years.get(i - 1).year() + 1) {
                throw new ClimateCityException("gap years must be consecutive, was " + years.get(i).year()
                        + " after " + years.get(i - 1).year());
            }
        }
    }

    /**
     * Analyses the gap over a range of years.
     *
     * @param targetPath the target path, covering the years, not null
     * @param trend the trend, such as {@link Trend#anchoredPath(int, int)}, covering the years, not null
     * @param actions the planned actions, not null; those that do not deliver are ignored
     * @param fromYear the first year
     * @param toYear the last year, not before {@code fromYear}
     * @return the analysis
     * @throws ClimateCityException if a path does not cover the years, or the years are out of order
     */
    public static GapAnalysis of(EmissionsProjection targetPath, EmissionsProjection trend, List<Action> actions,
            int fromYear, int toYear) {
        Require.nonNull(targetPath, "target path");
        Require.nonNull(trend, "trend");
        List<Action> list = Require.list(actions, "actions");
        if (toYear < fromYear) {
            throw new ClimateCityException("gap analysis last year must not be before first year " + fromYear
                    + ", was " + toYear);
        }
        List<GapYear> years = new ArrayList<>(toYear - fromYear + 1);
        for (int year = fromYear; year <= toYear; year++) {
            double trendValue = trend.valueIn(year);
            double effect = ActionEffects.reductionIn(list, year);
            years.add(new GapYear(year, targetPath.valueIn(year), trendValue, effect,
                    Math.max(0, trendValue - effect)));
        }
        return new GapAnalysis(years);
    }

    /**
     * Returns the analysis of one year.
     *
     * @param year the year
     * @return the year's figures
     * @throws ClimateCityException if the year was not analysed
     */
    public GapYear year(int year) {
        int first = years.get(0).year();
        if (year < first || year >= first + years.size()) {
            throw new ClimateCityException("gap analysis covers " + first + "-" + (first + years.size() - 1)
                    + ", was asked for " + year);
        }
        return years.get(year - first);
    }

    /**
     * Returns the share of the gap the planned actions cover over all analysed years: the sum of
     * {@link GapYear#coveredGap()} divided by the sum of the positive gaps.
     *
     * @return the share from 0 to 1, or empty when the trend is never above the target
     */
    public OptionalDouble coveredShare() {
        double gap = 0;
        double covered = 0;
        for (GapYear year : years) {
            gap += Math.max(0, year.gap());
            covered += year.coveredGap();
        }
        return gap > 0 ? OptionalDouble.of(Math.min(1, covered / gap)) : OptionalDouble.empty();
    }
}
