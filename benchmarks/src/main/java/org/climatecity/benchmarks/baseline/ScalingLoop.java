package org.climatecity.benchmarks.baseline;

/**
 * The scaling baseline: a hand-written loop over primitive arrays that computes the figures of a one-stage scaling
 * projection — the driver total, and per year the logistic adoption share and the low, central and high effect.
 *
 * @since 0.1.0
 */
public final class ScalingLoop {

    private ScalingLoop() {
    }

    /**
     * Projects a stage.
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
        double total = 0;
        for (double driver : drivers) {
            total += driver;
        }
        double[] out = new double[4 * (lastYear - firstYear + 1)];
        for (int year = firstYear, o = 0; year <= lastYear; year++, o += 4) {
            int since = year - startYear;
            double share = since < 0 ? 0 : saturation / (1 + Math.exp(-steepness * (since - midpointYears)));
            double units = total * share;
            out[o] = share;
            out[o + 1] = low * units;
            out[o + 2] = central * units;
            out[o + 3] = high * units;
        }
        return out;
    }
}
