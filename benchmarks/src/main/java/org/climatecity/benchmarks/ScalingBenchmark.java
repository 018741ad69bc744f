package org.climatecity.benchmarks;

import org.climatecity.benchmarks.baseline.ScalingLoop;
import org.climatecity.benchmarks.workload.EuropeScaling;
import org.climatecity.benchmarks.workload.NationalDocuments;
import org.climatecity.core.calc.PilotScaling;
import org.climatecity.core.calc.ScalingProjection;
import org.climatecity.core.pilot.EffectEstimate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Europe-scale scaling projection: a pilot scaled to 100,000 jurisdictions over 2025–2050 with logistic
 * adoption, by the library ({@link PilotScaling}, jurisdictions from a source) and by hand-written loops over
 * primitive arrays ({@link ScalingLoop}): cell by cell, and with the drivers summed once (the floor).
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
// small code that the JIT compiles early: a short warm-up, and fifteen measured iterations in each of three forks
// for the phases of slower memory that ReadBenchmark describes
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 15, time = 1)
public class ScalingBenchmark {

    private EuropeScaling workload;

    /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
    public ScalingBenchmark() {
    }

    /** Generates the workload. */
    @Setup
    public void setUp() {
        workload = EuropeScaling.generate(NationalDocuments.DEFAULT_SEED);
    }

    /**
     * Projects with the library.
     *
     * @return the projection
     */
    @Benchmark
    public ScalingProjection library() {
        return PilotScaling.project(workload.plan(), workload.pilot(), workload.source(), EuropeScaling.FIRST_YEAR,
                EuropeScaling.LAST_YEAR);
    }

    /**
     * Projects with the hand-written loop, cell by cell: every jurisdiction in every year.
     *
     * @return per year: adoption share, low, central and high effect
     */
    @Benchmark
    public double[] primitiveLoop() {
        EffectEstimate effect = workload.pilot().effectPerUnit();
        return ScalingLoop.project(workload.drivers(), EuropeScaling.START_YEAR,
                EuropeScaling.ADOPTION.midpointYears(), EuropeScaling.ADOPTION.steepness(), EuropeScaling.SATURATION,
                effect.low(), effect.central(), effect.high(), EuropeScaling.FIRST_YEAR, EuropeScaling.LAST_YEAR);
    }

    /**
     * Projects with the hand-written loop that sums the drivers once: the floor.
     *
     * @return per year: adoption share, low, central and high effect
     */
    @Benchmark
    public double[] primitiveFloor() {
        EffectEstimate effect = workload.pilot().effectPerUnit();
        return ScalingLoop.projectFactored(workload.drivers(), EuropeScaling.START_YEAR,
                EuropeScaling.ADOPTION.midpointYears(), EuropeScaling.ADOPTION.steepness(), EuropeScaling.SATURATION,
                effect.low(), effect.central(), effect.high(), EuropeScaling.FIRST_YEAR, EuropeScaling.LAST_YEAR);
    }
}
