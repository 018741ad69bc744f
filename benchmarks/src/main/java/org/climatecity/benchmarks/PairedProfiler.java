package org.climatecity.benchmarks;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that reports what {@link PairedBenchmark} measured in each iteration, as secondary results that JMH
 * averages over iterations and forks with a confidence interval: the ratio of the library's time to the baseline's
 * ({@value #RATIO}), each side's time ({@value #LIBRARY_TIME}, {@value #BASELINE_TIME}) and bytes allocated per
 * operation ({@value #LIBRARY_BYTES}, {@value #BASELINE_BYTES}). It reports nothing for other benchmarks.
 *
 * @since 0.1.0
 */
public final class PairedProfiler implements InternalProfiler {

    /** The ratio of the library's time to the baseline's, per iteration. */
    static final String RATIO = "pair.ratio";
    /** The library's time per operation, in milliseconds. */
    static final String LIBRARY_TIME = "pair.library.time";
    /** The baseline's time per operation, in milliseconds. */
    static final String BASELINE_TIME = "pair.baseline.time";
    /** The library's bytes allocated per operation. */
    static final String LIBRARY_BYTES = "pair.library.alloc";
    /** The baseline's bytes allocated per operation. */
    static final String BASELINE_BYTES = "pair.baseline.alloc";

    /** Creates the profiler; JMH does. */
    public PairedProfiler() {
    }

    @Override
    public String getDescription() {
        return "time, bytes and time ratio of both sides of a paired benchmark, per iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        PairedClock.current().reset();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
            IterationParams iterationParams, IterationResult result) {
        return results(PairedClock.current());
    }

    /** Returns the results of a clock's iteration, none if it saw no pair. */
    static List<ScalarResult> results(PairedClock clock) {
        if (!clock.hasPairs()) {
            return List.of();
        }
        return List.of(
                new ScalarResult(RATIO, clock.ratio(), "×", AggregationPolicy.AVG),
                new ScalarResult(LIBRARY_TIME, clock.libraryMillis(), "ms/op", AggregationPolicy.AVG),
                new ScalarResult(BASELINE_TIME, clock.baselineMillis(), "ms/op", AggregationPolicy.AVG),
                new ScalarResult(LIBRARY_BYTES, clock.libraryBytes(), "B/op", AggregationPolicy.AVG),
                new ScalarResult(BASELINE_BYTES, clock.baselineBytes(), "B/op", AggregationPolicy.AVG));
    }
}
