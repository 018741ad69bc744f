package org.climatecity.benchmarks.baseline;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The trend baseline: what a programmer writes by hand for the 290 municipal trends, over primitive arrays, with no
 * model types. For each series it fits the exact least-absolute-deviations line by trying every line through two
 * observed points, the ordinary least-squares line, and the date the anchored LAD trend reaches zero.
 *
 * <p>It computes the same figures as the library: among equally good LAD lines the flattest slope, with the median
 * residual as level; the zero date as the fraction of the year × 365.25 days from 1 January.
 *
 * @since 0.1.0
 */
public final class TrendLoop {

    /** The figures per series in the result: LAD slope, LAD level, OLS slope, OLS level, zero date (epoch day). */
    public static final int FIGURES = 5;

    private TrendLoop() {
    }

    /**
     * Computes the trends of many series.
     *
     * @param years the observed years of each series, ascending, at most 64 per series, not null
     * @param values the observed values of each series, not null
     * @param sinceYear the first year to fit; each series has at least two years from it
     * @return per series, {@value #FIGURES} figures: LAD slope, LAD value at the first fitted year, OLS slope, OLS
     *     value at the first fitted year, and the epoch day on which the anchored LAD trend reaches zero (NaN when
     *     it does not fall)
     */
    public static double[] trends(int[][] years, double[][] values, int sinceYear) {
        double[] out = new double[years.length * FIGURES];
        double[] x = new double[64];
        double[] y = new double[64];
        double[] residuals = new double[64];
        for (int s = 0; s < years.length; s++) {
            int[] ys = years[s];
            double[] vs = values[s];
            int start = 0;
            while (start < ys.length && ys[start] < sinceYear) {
                start++;
            }
            int n = ys.length - start;
            int first = ys[start];
            double scale = 1;
            for (int i = 0; i < n; i++) {
                x[i] = ys[start + i] - first;
                y[i] = vs[start + i];
                scale += Math.abs(y[i]);
            }
            double tolerance = 1e-10 * scale;

            // LAD: some optimal line passes through two observed points, so try every pair
            double bestSum = Double.POSITIVE_INFINITY;
            double bestSlope = Double.NaN;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double slope = (y[j] - y[i]) / (x[j] - x[i]);
                    double sum = 0;
                    for (int k = 0; k < n; k++) {
                        sum += Math.abs(y[k] - y[i] - slope * (x[k] - x[i]));
                    }
                    if (sum < bestSum - tolerance) {
                        bestSum = sum;
                        bestSlope = slope;
                    } else if (sum <= bestSum + tolerance) {
                        if (Math.abs(slope) < Math.abs(bestSlope)
                                || Math.abs(slope) == Math.abs(bestSlope) && slope < bestSlope) {
                            bestSlope = slope;
                        }
                        bestSum = Math.min(bestSum, sum);
                    }
                }
            }
            bestSlope += 0.0;
            for (int k = 0; k < n; k++) {
                residuals[k] = y[k] - bestSlope * x[k];
            }
            Arrays.sort(residuals, 0, n);
            double level = n % 2 == 1 ? residuals[n / 2] : (residuals[n / 2 - 1] + residuals[n / 2]) / 2;

            // OLS
            double meanX = 0;
            double meanY = 0;
            for (int i = 0; i < n; i++) {
                meanX += x[i];
                meanY += y[i];
            }
            meanX /= n;
            meanY /= n;
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                double dx = x[i] - meanX;
                sxx += dx * dx;
                sxy += dx * (y[i] - meanY);
            }
            double olsSlope = sxy / sxx;

            // the date on which the LAD trend, anchored at the last observed value, reaches zero
            int lastYear = ys[ys.length - 1];
            double last = vs[vs.length - 1];
            double zeroDay = Double.NaN;
            if (last <= 0 || bestSlope < 0) {
                double t = last <= 0 ? lastYear : lastYear + last / -bestSlope;
                if (t < java.time.Year.MAX_VALUE) {
                    int year = (int) Math.floor(t);
                    zeroDay = LocalDate.of(year, 1, 1).plusDays((long) Math.floor((t - year) * 365.25))
                            .toEpochDay();
                }
            }

            int o = s * FIGURES;
            out[o] = bestSlope;
            out[o + 1] = level;
            out[o + 2] = olsSlope;
            out[o + 3] = meanY - olsSlope * meanX;
            out[o + 4] = zeroDay;
        }
        return out;
    }
}
