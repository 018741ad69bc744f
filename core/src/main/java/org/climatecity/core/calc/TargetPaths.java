package org.climatecity.core.calc;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.Milestone;
import org.climatecity.core.targets.PathwayShape;
import org.climatecity.core.targets.TargetKind;

/**
 * Calculates the yearly paths that targets prescribe: linear and exponential paths from a baseline to a target,
 * through interim milestones, and the fixed-rate "carbon law" path.
 *
 * <p>All paths are {@link EmissionsProjection projections} with a value for each year from the first to the last
 * year, both included. All methods are pure and deterministic; the class is thread-safe.
 *
 * <p><b>Exponential paths to zero.</b> An exponential path falls by the same share each year and never reaches zero.
 * A segment whose end value is zero is therefore calculated as the exponential path to
 * {@link #EXPONENTIAL_ZERO_PROXY_SHARE} (1 %) of its start value, and its last year is set to zero exactly. An
 * exponential segment cannot start at zero and rise.
 *
 * @since 0.1.0
 */
public final class TargetPaths {

    /** The carbon law's yearly reduction rate used by Klimatkollen, 11.72 % a year. */
    public static final double CARBON_LAW_RATE = 0.1172;

    /** The share of its start value an exponential segment aims at when its end value is zero, 0.01. */
    public static final double EXPONENTIAL_ZERO_PROXY_SHARE = 0.01;

    private TargetPaths() {
    }

    /**
     * Returns the straight path between two years: the value changes by the same amount each year.
     *
     * @param fromYear the first year
     * @param fromValue the value in the first year, not negative
     * @param toYear the last year, after {@code fromYear}
     * @param toValue the value in the last year, not negative
     * @return the path of kind {@link ProjectionKind#TARGET_PATH}
     * @throws ClimateCityException if the years are out of range or order, or a value negative
     */
    public static EmissionsProjection linear(int fromYear, double fromValue, int toYear, double toValue) {
        return path(PathwayShape.LINEAR, List.of(new YearValue(fromYear, fromValue), new YearValue(toYear, toValue)));
    }

    /**
     * Returns the exponential path between two years: the value changes by the same share each year, see the class
     * documentation for a zero end value.
     *
     * @param fromYear the first year
     * @param fromValue the value in the first year, not negative
     * @param toYear the last year, after {@code fromYear}
     * @param toValue the value in the last year, not negative
     * @return the path of kind {@link ProjectionKind#TARGET_PATH}
     * @throws ClimateCityException if the years are out of range or order, a value is negative, or the path would
     *         rise from zero
     */
    public static EmissionsProjection exponential(int fromYear, double fromValue, int toYear, double toValue) {
        return path(PathwayShape.EXPONENTIAL,
                List.of(new YearValue(fromYear, fromValue), new YearValue(toYear, toValue)));
    }

    /**
     * Returns the piecewise path through waypoints, such as a baseline, interim milestones and a target, each
     * segment of the given shape; every waypoint's value is met exactly in its year.
     *
     * @param shape the shape of each segment, not null
     * @param waypoints at least two points in strictly ascending years, values not negative
     * @return the path of kind {@link ProjectionKind#TARGET_PATH} from the first to the last waypoint's year
     * @throws ClimateCityException if there are fewer than two waypoints, their years are not ascending, a value is
     *         negative, or an exponential segment would rise from zero
     */
    public static EmissionsProjection path(PathwayShape shape, List<YearValue> waypoints) {
        Require.nonNull(shape, "pathway shape");
        List<YearValue> points = Require.list(waypoints, "waypoints");
        if (points.size() < 2) {
            throw new ClimateCityException("path needs at least 2 waypoints, had " + points.size());
        }
        for (int i = 0; i < points.size(); i++) {
            YearValue point = points.get(i);
            Require.nonNegative(point.value(), "path value in " + point.year());
            if (i > 0 && point.year() <= points.get(i - 1).year()) {
                throw new ClimateCityException("path waypoints must be in strictly ascending years, was "
                        + point.year() + " after " + points.get(i - 1).year());
            }
        }
        int firstYear = points.get(0).year();
        double[] values = new double[points.get(points.size() - 1).year() - firstYear + 1];
        for (int i = 1; i < points.size(); i++) {
            YearValue from = points.get(i - 1);
            YearValue to = points.get(i);
            fillSegment(shape, from, to, values, from.year() - firstYear);
        }
        return EmissionsProjection.of(ProjectionKind.TARGET_PATH, firstYear, values);
    }

    private static void fillSegment(PathwayShape shape, YearValue from, YearValue to, double[] values, int offset) {
        int span = to.year() - from.year();
        double a = from.value();
        double b = to.value();
        if (shape == PathwayShape.EXPONENTIAL && a == 0 && b > 0) {
            throw new ClimateCityException("exponential path cannot rise from zero, was 0 in " + from.year()
                    + " and " + b + " in " + to.year());
        }
        double aim = b == 0 ? a * EXPONENTIAL_ZERO_PROXY_SHARE : b;
        for (int t = 0; t <= span; t++) {
            double share = (double) t / span;
            double value;
            if (t == 0) {
                value = a;
            } else if (t == span) {
                value = b;
            } else if (shape == PathwayShape.LINEAR) {
                value = a + (b - a) * share;
            } else {
                value = a == 0 ? 0 : a * Math.pow(aim / a, share);
            }
            values[offset + t] = value;
        }
    }

    /**
     * Returns the path a target prescribes from its baseline through its milestones to its target year.
     *
     * <p>The target level follows from the kind: an absolute reduction subtracts its tonnes from the baseline (not
     * below zero), a relative reduction its percentage; climate-neutral and net-zero targets keep their residual
     * share of the baseline; a fixed level is that level. A milestone's value is the baseline less its percentage.
     * A fixed-level target without baseline gives a one-year path in its target year. Per-capita targets need the
     * population, see {@link #forTarget(ClimateTarget, double)}.
     *
     * @param target the target, not null
     * @return the path of kind {@link ProjectionKind#TARGET_PATH}
     * @throws ClimateCityException if the target has a per-capita kind or no baseline where one is needed, the
     *         target year is not after the baseline year, or a milestone lies outside them or out of order
     */
    public static EmissionsProjection forTarget(ClimateTarget target) {
        Require.nonNull(target, "target");
        if (target.kind() instanceof TargetKind.PerCapitaIntensity) {
            throw new ClimateCityException("target '" + target.id() + "' of kind per-capita-intensity needs the"
                    + " population in its target year");
        }
        return forTarget(target, Double.NaN);
    }

    /**
     * Returns the path a target prescribes, with the population in its target year for per-capita targets: the level
     * is the tonnes per resident times that population. For other kinds the population is not used.
     *
     * @param target the target, not null
     * @param populationInTargetYear the residents in the target year, not negative (NaN for other kinds)
     * @return the path of kind {@link ProjectionKind#TARGET_PATH}
     * @throws ClimateCityException as for {@link #forTarget(ClimateTarget)}, or if a per-capita target gets no valid
     *         population
     */
    public static EmissionsProjection forTarget(ClimateTarget target, double populationInTargetYear) {
        Require.nonNull(target, "target");
        TargetKind kind = target.kind();
        Baseline baseline = target.baseline();
        if (baseline == null) {
            if (kind instanceof TargetKind.FixedLevel fixed) {
                return EmissionsProjection.of(ProjectionKind.TARGET_PATH, target.targetYear(), fixed.tonnesCo2e());
            }
            throw new ClimateCityException("target '" + target.id() + "' of kind " + kind.typeName()
                    + " needs a baseline for its path, had none");
        }
        if (target.targetYear() <= baseline.year()) {
            throw new ClimateCityException("target year must be after baseline year " + baseline.year() + ", was "
                    + target.targetYear());
        }
        if (baseline.tonnesCo2e() == null) {
            throw new ClimateCityException("target '" + target.id() + "' states its baseline year " + baseline.year()
                    + " but no value: take it from the inventories with TargetEmissions.baseline and"
                    + " forTarget(target.withBaselineValue(...))");
        }
        double base = baseline.tonnesCo2e();
        List<YearValue> points = new ArrayList<>();
        points.add(new YearValue(baseline.year(), base));
        int previous = baseline.year();
        for (Milestone milestone : target.milestones()) {
            if (milestone.year() <= previous || milestone.year() >= target.targetYear()) {
                throw new ClimateCityException("milestones must lie in ascending years after " + previous
                        + " and before target year " + target.targetYear() + ", was " + milestone.year());
            }
            points.add(new YearValue(milestone.year(), base * milestone.reductionShare().complement().value()));
            previous = milestone.year();
        }
        points.add(new YearValue(target.targetYear(), targetLevel(target, base, populationInTargetYear)));
        return path(target.pathway(), points);
    }

    private static double targetLevel(ClimateTarget target, double base, double population) {
        TargetKind kind = target.kind();
        if (kind instanceof TargetKind.AbsoluteReduction absolute) {
            return Math.max(0, base - absolute.tonnesCo2e());
        } else if (kind instanceof TargetKind.RelativeReduction relative) {
            return base * relative.reductionShare().complement().value();
        } else if (kind instanceof TargetKind.ClimateNeutral neutral) {
            return base * neutral.residualShare().value();
        } else if (kind instanceof TargetKind.NetZero netZero) {
            return base * netZero.residualShare().value();
        } else if (kind instanceof TargetKind.PerCapitaIntensity perCapita) {
            if (!(population >= 0) || Double.isInfinite(population)) {
                throw new ClimateCityException("target '" + target.id() + "' of kind per-capita-intensity needs a"
                        + " finite population of at least 0 in its target year, was " + population);
            }
            return perCapita.tonnesPerResident() * population;
        } else if (kind instanceof TargetKind.FixedLevel fixed) {
            return fixed.tonnesCo2e();
        }
        throw new ClimateCityException("target kind " + kind.typeName() + " has no path");
    }

    /**
     * Returns the carbon-law path at Klimatkollen's rate of {@value #CARBON_LAW_RATE} a year.
     *
     * @param startYear the first year
     * @param startValue the value in the first year, not negative
     * @param toYear the last year, not before {@code startYear}
     * @return the path of kind {@link ProjectionKind#CARBON_LAW}
     * @throws ClimateCityException if the years are out of range or order, or the value negative
     */
    public static EmissionsProjection carbonLaw(int startYear, double startValue, int toYear) {
        return carbonLaw(startYear, startValue, toYear, CARBON_LAW_RATE);
    }

    /**
     * Returns a fixed-rate reduction path: {@code startValue * (1 - rate)^(year - startYear)}.
     *
     * @param startYear the first year
     * @param startValue the value in the first year, not negative
     * @param toYear the last year, not before {@code startYear}
     * @param rate the yearly reduction, from 0 to 1
     * @return the path of kind {@link ProjectionKind#CARBON_LAW}
     * @throws ClimateCityException if the years are out of range or order, the value negative or the rate out of
     *         range
     */
    public static EmissionsProjection carbonLaw(int startYear, double startValue, int toYear, double rate) {
        Require.year(startYear, "carbon law start year");
        Require.year(toYear, "carbon law last year");
        Require.nonNegative(startValue, "carbon law start value");
        Require.share(rate, "carbon law rate");
        if (toYear < startYear) {
            throw new ClimateCityException("carbon law last year must not be before start year " + startYear
                    + ", was " + toYear);
        }
        double[] values = new double[toYear - startYear + 1];
        for (int i = 0; i < values.length; i++) {
            values[i] = startValue * Math.pow(1 - rate, i);
        }
        return EmissionsProjection.of(ProjectionKind.CARBON_LAW, startYear, values);
    }
}
