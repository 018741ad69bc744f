package org.climatecity.core.calc;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.internal.Require;

/**
 * Fits trend lines to observed yearly values and calculates growth rates.
 *
 * <p>Klimatkollen's municipal trend is {@code lad(series, 2015)}, anchored at the last observed year (see
 * {@link Trend#anchoredValue(int)}). All methods are pure and deterministic; the class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Trends {

    /** The start year of Klimatkollen's trend, 2015. */
    public static final int KLIMATKOLLEN_SINCE_YEAR = 2015;

    private Trends() {
    }

    /**
     * Fits a trend line to the values of the years at or after a start year.
     *
     * @param series the observed values, not null
     * @param sinceYear the first year to use
     * @param method the fitting method, not null
     * @return the trend
     * @throws ClimateCityException if fewer than two years have values from {@code sinceYear}
     */
    public static Trend fit(YearlySeries series, int sinceYear, TrendMethod method) {
        Require.nonNull(method, "trend method");
        return method == TrendMethod.LAD ? lad(series, sinceYear) : ols(series, sinceYear);
    }

    /**
     * Fits the ordinary least-squares line to the values of the years at or after a start year.
     *
     * @param series the observed values, not null
     * @param sinceYear the first year to use
     * @return the trend
     * @throws ClimateCityException if fewer than two years have values from {@code sinceYear}
     */
    public static Trend ols(YearlySeries series, int sinceYear) {
        Require.nonNull(series, "series");
        int start = requireTwoPoints(series, sinceYear);
        int n = series.size() - start;
        int first = series.yearAt(start);
        double meanX = 0;
        double meanY = 0;
        for (int i = start; i < series.size(); i++) {
            meanX += series.yearAt(i) - first;
            meanY += series.valueAt(i);
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        for (int i = start; i < series.size(); i++) {
            double dx = series.yearAt(i) - first - meanX;
            sxx += dx * dx;
            sxy += dx * (series.valueAt(i) - meanY);
        }
        double slope = sxy / sxx;
        return new Trend(TrendMethod.OLS, first, series.lastYear(), n, slope, meanY - slope * meanX,
                series.lastValue());
    }

    /**
     * Fits the exact least-absolute-deviations (median regression) line to the values of the years at or after a
     * start year.
     *
     * <p>The sum of absolute deviations is minimised exactly, not approximated: an optimal line passes through two
     * observed points, and the best line through a given point has the weighted median of the slopes to the other
     * points (weighted by their distance in years). The method tries each point as pivot, in O(n²) time per pivot.
     *
     * <p>When several lines are optimal (their sums differ by less than 1e-10 of the sum of absolute values), the
     * result is deterministic: the flattest optimal slope (the smaller slope if two are equally flat), with the
     * median of the residuals as level (the mean of the two middle residuals for an even number of points), which is
     * optimal for that slope.
     *
     * @param series the observed values, not null
     * @param sinceYear the first year to use
     * @return the trend
     * @throws ClimateCityException if fewer than two years have values from {@code sinceYear}
     */
    public static Trend lad(YearlySeries series, int sinceYear) {
        Require.nonNull(series, "series");
        int start = requireTwoPoints(series, sinceYear);
        int n = series.size() - start;
        int first = series.yearAt(start);
        double[] x = new double[n];
        double[] y = new double[n];
        double scale = 1;
        for (int i = 0; i < n; i++) {
            x[i] = series.yearAt(start + i) - first;
            y[i] = series.valueAt(start + i);
            scale += Math.abs(y[i]);
        }
        double tolerance = 1e-10 * scale;
        double slope = n <= PAIRWISE_LAD_MAX_POINTS ? ladSlopeByPairs(x, y, tolerance) : ladSlope(x, y, tolerance);
        double level = medianResidual(x, y, slope);
        return new Trend(TrendMethod.LAD, first, series.lastYear(), n, slope, level, series.lastValue());
    }

    /**
     * Up to this many points, {@link #lad} tries the line through every pair of points: fewer steps than sorting
     * the slopes around each pivot when the series is short, as municipal series from 2015 are (6 points).
     */
    static final int PAIRWISE_LAD_MAX_POINTS = 12;

    /**
     * Returns the flattest slope of an exact LAD line by trying the line through every pair of points; x values are
     * distinct. Gives the same slope as {@link #ladSlope}: every optimal line through two points is a candidate of
     * that method too (its slope is a weighted median of the slopes around either point), and ties are broken alike.
     */
    static double ladSlopeByPairs(double[] x, double[] y, double tolerance) {
        int n = x.length;
        double[] slopes = new double[n * (n - 1) / 2];
        double[] sums = new double[slopes.length];
        double best = Double.POSITIVE_INFINITY;
        int c = 0;
        for (int i = 0; i < n; i++) {
            for (int k = i + 1; k < n; k++) {
                slopes[c] = (y[k] - y[i]) / (x[k] - x[i]);
                sums[c] = absoluteDeviations(x, y, i, slopes[c]);
                best = Math.min(best, sums[c]);
                c++;
            }
        }
        double chosen = Double.NaN;
        for (c = 0; c < slopes.length; c++) {
            if (sums[c] <= best + tolerance) {
                double s = slopes[c];
                if (Double.isNaN(chosen) || Math.abs(s) < Math.abs(chosen)
                        || Math.abs(s) == Math.abs(chosen) && s < chosen) {
                    chosen = s;
                }
            }
        }
        return chosen + 0.0; // normalises -0.0 to 0.0
    }

    /**
     * Returns the flattest slope of an exact LAD line; x values are distinct.
     */
    static double ladSlope(double[] x, double[] y, double tolerance) {
        int n = x.length;
        double[] slopes = new double[n - 1];
        double[] weights = new double[n - 1];
        // each pivot contributes one or two candidate lines
        double[] candidateSlopes = new double[2 * n];
        double[] candidateSums = new double[2 * n];
        int candidates = 0;
        for (int i = 0; i < n; i++) {
            int m = 0;
            double total = 0;
            for (int k = 0; k < n; k++) {
                if (k != i) {
                    double dx = x[k] - x[i];
                    slopes[m] = (y[k] - y[i]) / dx;
                    weights[m] = Math.abs(dx);
                    total += weights[m];
                    m++;
                }
            }
            sortTogether(slopes, weights, m);
            // weights are whole years, so these sums and the comparison with half the total are exact
            double half = total / 2;
            double cumulative = 0;
            int median = 0;
            while (median < m) {
                cumulative += weights[median];
                if (cumulative >= half) {
                    break;
                }
                median++;
            }
            candidateSlopes[candidates] = slopes[median];
            candidateSums[candidates++] = absoluteDeviations(x, y, i, slopes[median]);
            if (cumulative == half && median + 1 < m) {
                // every slope between the two middle ones is optimal for this pivot; both ends are candidates
                candidateSlopes[candidates] = slopes[median + 1];
                candidateSums[candidates++] = absoluteDeviations(x, y, i, slopes[median + 1]);
            }
        }
        double best = Double.POSITIVE_INFINITY;
        for (int c = 0; c < candidates; c++) {
            best = Math.min(best, candidateSums[c]);
        }
        double chosen = Double.NaN;
        for (int c = 0; c < candidates; c++) {
            if (candidateSums[c] <= best + tolerance) {
                double s = candidateSlopes[c];
                if (Double.isNaN(chosen) || Math.abs(s) < Math.abs(chosen)
                        || Math.abs(s) == Math.abs(chosen) && s < chosen) {
                    chosen = s;
                }
            }
        }
        return chosen + 0.0; // normalises -0.0 to 0.0
    }

    /**
     * Returns the sum of absolute deviations from the line through point {@code pivot} with a slope.
     */
    static double absoluteDeviations(double[] x, double[] y, int pivot, double slope) {
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            sum += Math.abs(y[k] - y[pivot] - slope * (x[k] - x[pivot]));
        }
        return sum;
    }

    private static double medianResidual(double[] x, double[] y, double slope) {
        int n = x.length;
        double[] residuals = new double[n];
        for (int k = 0; k < n; k++) {
            residuals[k] = y[k] - slope * x[k];
        }
        java.util.Arrays.sort(residuals);
        return n % 2 == 1 ? residuals[n / 2] : (residuals[n / 2 - 1] + residuals[n / 2]) / 2;
    }

    /** Sorts the first {@code m} slopes ascending, moving their weights along; insertion sort, as m is small. */
    private static void sortTogether(double[] keys, double[] weights, int m) {
        for (int i = 1; i < m; i++) {
            double key = keys[i];
            double weight = weights[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key) {
                keys[j + 1] = keys[j];
                weights[j + 1] = weights[j];
                j--;
            }
            keys[j + 1] = key;
            weights[j + 1] = weight;
        }
    }

    /**
     * Returns the compound annual growth rate between two observed years: {@code (to / from)^(1 / years) - 1}. For
     * Borlänge from 2015 to 2024 this is -0.01073, a fall of 1.073 % a year.
     *
     * @param series the observed values, not null
     * @param fromYear the first year, with a value greater than 0
     * @param toYear the last year, after {@code fromYear}, with a value of at least 0
     * @return the growth rate per year as a fraction, -1 when the value falls to 0
     * @throws ClimateCityException if a year has no value, the years are out of order, or a value is out of range
     */
    public static double cagr(YearlySeries series, int fromYear, int toYear) {
        Require.nonNull(series, "series");
        if (toYear <= fromYear) {
            throw new ClimateCityException("growth rate needs fromYear before toYear, was " + fromYear + " to "
                    + toYear);
        }
        double from = series.require(fromYear);
        double to = series.require(toYear);
        if (from <= 0) {
            throw new ClimateCityException("growth rate needs a start value greater than 0, was " + from + " in "
                    + fromYear);
        }
        if (to < 0) {
            throw new ClimateCityException("growth rate needs an end value of at least 0, was " + to + " in "
                    + toYear);
        }
        return Math.pow(to / from, 1.0 / (toYear - fromYear)) - 1;
    }

    private static int requireTwoPoints(YearlySeries series, int sinceYear) {
        int start = series.indexFrom(sinceYear);
        int n = series.size() - start;
        if (n < 2) {
            throw new ClimateCityException("trend needs values for at least 2 years from " + sinceYear + ", had "
                    + n + (n == 1 ? " (" + series.lastYear() + ")" : ""));
        }
        return start;
    }
}
