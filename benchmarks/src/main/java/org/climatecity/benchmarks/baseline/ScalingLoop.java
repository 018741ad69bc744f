package org.climatecity.benchmarks.baseline;

/**
 * The scaling baselines: hand-written loops over primitive arrays that compute the figures of a one-stage scaling
 * projection — per year the logistic adoption share and the low, central and high effect.
 *
 * <p>{@link #project} is the loop as the formula reads: every jurisdiction's effect in every year (effect per unit ×
 * driver × adoption share), summed per year — 100,000 × 26 cells for the Europe workload. {@link #projectFactored}
 * is the floor: it sums the drivers once and multiplies per year, which is what the library does too, so it shows
 * what walking model objects costs against walking one flat array.
 *
 * @since 0.1.0
 */
public final class ScalingLoop {

    private ScalingLoop() {
    }

    /**
     * Projects a stage cell by cell: each jurisdiction in each year.
     *
     * @param drivers the jurisdictions' driver values, not null
     * @param startYear the stage's start year
     * @param midpointYears the logistic curve's midpoint, in years after the start
     * @param steepness the logistic curve's steepness
     * @param saturation the saturation share
     * @param low the low effect per driver unit
     * @param central the central effect per driver unit
     * @param high the high effect per driver unit
     * @param firstYear the first projected year
     * @param lastYear the last projected year
     * @return per year from {@code firstYear}, four figures: adoption share, low, central and high effect
     */
    public static double[] project(double[] drivers, int startYear, double midpointYears, double steepness,
            double saturation, double low, double central, double high, int firstYear, int lastYear) {
        double[] out = new double[4 * (lastYear - firstYear + 1)];
        for (int year = firstYear, o = 0; year <= lastYear; year++, o += 4) {
            double share = share(year - startYear, midpointYears, steepness, saturation);
            double lowSum = 0;
            double centralSum = 0;
            double highSum = 0;
            for (double driver : drivers) {
                double units = driver * share;
                lowSum += low * units;
                centralSum += central * units;
                highSum += high * units;
            }
            out[o] = share;
            out[o + 1] = lowSum;
            out[o + 2] = centralSum;
            out[o + 3] = highSum;
        }
        return out;
    }

    /**
     * Projects a stage with the drivers summed once: the floor.
     *
     * @param drivers the jurisdictions' driver values, not null
     * @param startYear the stage's start year
     * @param midpointYears the logistic curve's midpoint, in years after the start
     * @param steepness the logistic curve's steepness
     * @param saturation the saturation share
     * @param low the low effect per driver unit
     * @param central the central effect per driver unit
     * @param high the high effect per driver unit
     * @param firstYear the first projected year
     * @param lastYear the last projected year
     * @return per year from {@code firstYear}, four figures: adoption share, low, central and high effect
     */
    public static double[] projectFactored(double[] drivers, int startYear, double midpointYears, double steepness,
            double saturation, double low, double central, double high, int firstYear, int lastYear) {
        double total = 0;
        for (double driver : drivers) {
            total += driver;
        }
        double[] out = new double[4 * (lastYear - firstYear + 1)];
        for (int year = firstYear, o = 0; year <= lastYear; year++, o += 4) {
            double share = share(year - startYear, midpointYears, steepness, saturation);
            double units = total * share;
            out[o] = share;
            out[o + 1] = low * units;
            out[o + 2] = central * units;
            out[o + 3] = high * units;
        }
        return out;
    }

    private static double share(int yearsSinceStart, double midpointYears, double steepness, double saturation) {
        return yearsSinceStart < 0 ? 0 : saturation / (1 + Math.exp(-steepness * (yearsSinceStart - midpointYears)));
    }
}
