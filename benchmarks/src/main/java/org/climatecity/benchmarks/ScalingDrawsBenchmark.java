package org.climatecity.benchmarks;

import org.climatecity.benchmarks.baseline.ScalingLoop;
import org.climatecity.benchmarks.workload.EuropeScaling;
import org.climatecity.benchmarks.workload.NationalDocuments;
import org.climatecity.benchmarks.workload.ScalingDraws;
import org.climatecity.core.calc.PilotScaling;
import org.climatecity.core.calc.ScalingProjection;
import org.climatecity.core.calc.ScalingYear;
import org.climatecity.core.pilot.EffectEstimate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Europe-scale projection repeated over draws of its uncertain inputs (a Monte Carlo study): for each draw, the
 * pilot with its drawn effect scaled to the same jurisdictions along the drawn adoption curve and saturation, by the
 * library ({@link PilotScaling}, once per draw, as a user would call it) and by the primitive loop that sums the
 * drivers once per draw ({@link ScalingLoop#projectFactored}). Both return each draw's central reduction in every year.
 *
 * <p>The figure's size is 100,000 jurisdictions × 1,000 draws; how the time grows is measured with JMH's parameters,
 * such as {@code -p jurisdictions=10000,100000,1000000 -p draws=10,100,1000}.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
// an operation is long: two-second iterations hold several
@Fork(3)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 8, time = 2)
public class ScalingDrawsBenchmark {

    /** The number of jurisdictions every draw is scaled to. */
    @Param("100000")
    public int jurisdictions;

    /** The number of draws. */
    @Param("1000")
    public int draws;

    private ScalingDraws workload;

    /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
    public ScalingDrawsBenchmark() {
    }

    /** Generates the jurisdictions and draws the inputs. */
    @Setup
    public void setUp() {
        workload = ScalingDraws.generate(EuropeScaling.generate(NationalDocuments.DEFAULT_SEED, jurisdictions), draws,
                NationalDocuments.DEFAULT_SEED);
    }

    /**
     * Projects every draw with the library.
     *
     * @return per draw and year, the central reduction
     */
    @Benchmark
    public double[] library() {
        int years = EuropeScaling.years();
        double[] central = new double[workload.size() * years];
        for (int d = 0; d < workload.size(); d++) {
            ScalingProjection projection = PilotScaling.project(workload.plans().get(d), workload.pilots().get(d),
                    workload.base().source(), EuropeScaling.FIRST_YEAR, EuropeScaling.LAST_YEAR);
            for (int y = 0; y < years; y++) {
                ScalingYear year = projection.stages().get(0).year(EuropeScaling.FIRST_YEAR + y);
                central[d * years + y] = year.central();
            }
        }
        return central;
    }

    /**
     * Projects every draw with the primitive loop that sums the drivers once per draw.
     *
     * @return per draw and year, the central reduction, laid out as by {@link #library()}
     */
    @Benchmark
    public double[] primitiveFloor() {
        int years = EuropeScaling.years();
        double[] central = new double[workload.size() * years];
        for (int d = 0; d < workload.size(); d++) {
            EffectEstimate effect = workload.pilots().get(d).effectPerUnit();
            double[] figures = ScalingLoop.projectFactored(workload.base().drivers(), EuropeScaling.START_YEAR,
                    workload.midpoints()[d], workload.steepness()[d], workload.saturations()[d], effect.low(),
                    effect.central(), effect.high(), EuropeScaling.FIRST_YEAR, EuropeScaling.LAST_YEAR);
            for (int y = 0; y < years; y++) {
                central[d * years + y] = figures[4 * y + 2];
            }
        }
        return central;
    }
}
