package org.climatecity.benchmarks;

import java.lang.ref.Reference;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Figures measured as single shots in this JVM, for operations of seconds (the EU-scale document, the importers on
 * repeated samples) where JMH's iterations would take too long: pairs of shots alternating library and baseline (the
 * library first in every other pair), the ratio taken pair by pair, and the median of the pairs' ratios with half their
 * interquartile range as its margin.
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
     * @param pairs the number of pairs, at least 1
     * @param runs the runs of an operation in one shot, at least 1: a shot's time is their mean
     * @return the row, with the sides' median times and the paired ratio
     */
    static FigureRow pairs(Figure figure, Supplier<?> library, Supplier<?> baseline, int pairs, int runs) {
        if (pairs < 1 || runs < 1) {
            throw new IllegalArgumentException("pairs and runs must be at least 1, were " + pairs + " and " + runs);
        }
        double[] libraryMillis = new double[pairs];
        double[] baselineMillis = new double[pairs];
        double[] ratios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            boolean libraryFirst = i % 2 == 0;
            double first = time(libraryFirst ? library : baseline, runs);
            double second = time(libraryFirst ? baseline : library, runs);
            libraryMillis[i] = libraryFirst ? first : second;
            baselineMillis[i] = libraryFirst ? second : first;
            ratios[i] = libraryMillis[i] / baselineMillis[i];
        }
        return new FigureRow(figure,
                Measurement.millis(MainJobTiming.median(libraryMillis), MainJobTiming.halfSpread(libraryMillis)),
                Measurement.millis(MainJobTiming.median(baselineMillis), MainJobTiming.halfSpread(baselineMillis)),
                Optional.empty(), Optional.of(new FigureRow.PairedRatio(MainJobTiming.median(ratios),
                        MainJobTiming.halfInterquartileRange(ratios))));
    }

    /**
     * Returns the mean time of one operation over some runs.
     *
     * @param operation the operation, not null
     * @param runs the runs, at least 1
     * @return the mean time, in milliseconds
     */
    static double time(Supplier<?> operation, int runs) {
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            Reference.reachabilityFence(operation.get());
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }
}
