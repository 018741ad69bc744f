package org.climatecity.benchmarks;

import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Figures measured as single shots in this JVM, for operations of seconds (the EU-scale document, the importers on
 * repeated samples) where JMH's iterations would take too long: pairs of shots alternating library and baseline (the
 * library first in every other pair), the ratio taken pair by pair, and the median of the pairs' ratios with half their
 * interquartile range as its margin. Where that margin is wider than the runner's {@linkplain BenchmarkRunner#MARGIN
 * rule} allows, as many pairs again are measured and joined with the first ones, at most
 * {@linkplain BenchmarkRunner#REPEATS so many} rounds: the same rule as for the forks of a JMH figure.
 *
 * @since 0.1.0
 */
final class SingleShots {

    private SingleShots() {
    }

    /**
     * Measures a figure in pairs of shots; the caller warms both sides up first.
     *
     * @param figure the figure, not null
     * @param library the library's operation, not null
     * @param baseline the baseline's operation, not null
     * @param pairs the number of pairs in a round, at least 1
     * @param runs the runs of an operation in one shot, at least 1: a shot's time is their mean
     * @return the row, with the sides' median times and the paired ratio
     */
    static FigureRow pairs(Figure figure, Supplier<?> library, Supplier<?> baseline, int pairs, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1, was " + runs);
        }
        return rounds(figure, () -> time(library, runs), () -> time(baseline, runs), pairs, true);
    }

    /**
     * Measures a figure in rounds of pairs of shots, each shot timed by the caller (such as a fresh process), with
     * as many pairs again where the margin is too wide; the caller warms both sides up first.
     *
     * @param figure the figure, not null
     * @param library takes one shot of the library's side and returns its time in milliseconds, not null
     * @param baseline takes one shot of the baseline and returns its time in milliseconds, not null
     * @param pairs the number of pairs in a round, at least 1
     * @param alternate whether the library goes first in every other pair; else the baseline always goes first
     * @return the row, with the sides' median times and the paired ratio
     */
    static FigureRow rounds(Figure figure, DoubleSupplier library, DoubleSupplier baseline, int pairs,
            boolean alternate) {
        if (pairs < 1) {
            throw new IllegalArgumentException("pairs must be at least 1, was " + pairs);
        }
        int most = pairs * (1 + BenchmarkRunner.REPEATS);
        double[] libraryMillis = new double[most];
        double[] baselineMillis = new double[most];
        double[] ratios = new double[most];
        int measured = 0;
        do {
            for (int end = measured + pairs; measured < end; measured++) {
                boolean libraryFirst = alternate && measured % 2 == 0;
                double first = (libraryFirst ? library : baseline).getAsDouble();
                double second = (libraryFirst ? baseline : library).getAsDouble();
                libraryMillis[measured] = libraryFirst ? first : second;
                baselineMillis[measured] = libraryFirst ? second : first;
                ratios[measured] = libraryMillis[measured] / baselineMillis[measured];
            }
        } while (measured < most && !withinMargin(Arrays.copyOf(ratios, measured)));
        return row(figure, Arrays.copyOf(libraryMillis, measured), Arrays.copyOf(baselineMillis, measured),
                Arrays.copyOf(ratios, measured));
    }

    /** Returns whether the paired ratios' margin is within the runner's rule. */
    static boolean withinMargin(double[] ratios) {
        return MainJobTiming.halfInterquartileRange(ratios) <= BenchmarkRunner.MARGIN * MainJobTiming.median(ratios);
    }

    private static FigureRow row(Figure figure, double[] libraryMillis, double[] baselineMillis, double[] ratios) {
        return new FigureRow(figure,
                Measurement.millis(MainJobTiming.median(libraryMillis), MainJobTiming.halfSpread(libraryMillis)),
                Measurement.millis(MainJobTiming.median(baselineMillis), MainJobTiming.halfSpread(baselineMillis)),
                Optional.empty(), Optional.of(new FigureRow.PairedRatio(MainJobTiming.median(ratios),
                        MainJobTiming.halfInterquartileRange(ratios))));
    }

    /**
     * Returns the mean time of one operation over some runs, after a full collection of the garbage made before.
     *
     * @param operation the operation, not null
     * @param runs the runs, at least 1
     * @return the mean time, in milliseconds
     */
    static double time(Supplier<?> operation, int runs) {
        // the garbage of the shot before is collected now, not in this shot's time
        System.gc();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            Reference.reachabilityFence(operation.get());
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }
}
