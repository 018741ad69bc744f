package org.climatecity.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.climatecity.benchmarks.baseline.TrendLoop;
import org.climatecity.benchmarks.workload.MunicipalSeries;
import org.climatecity.core.calc.Trend;
import org.climatecity.core.calc.Trends;
import org.climatecity.core.calc.YearlySeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 290 municipal trends: for each municipality, the LAD trend and the OLS trend from Klimatkollen's start year
 * 2015 and the date the anchored LAD trend reaches zero, by the library ({@link Trends}) and by a hand-written loop
 * over primitive arrays ({@link TrendLoop}). Both return the same figures in the same array layout.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
// small code that the JIT compiles early: a short warm-up, and fifteen measured iterations in each of three forks
// for the phases of slower memory that ReadBenchmark describes
@Fork(3)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 15, time = 1)
public class TrendBenchmark {

    /** The first year of the fitted trends. */
    public static final int SINCE = Trends.KLIMATKOLLEN_SINCE_YEAR;

    private MunicipalSeries series;
    private List<YearlySeries> yearlySeries;

    /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
    public TrendBenchmark() {
    }

    /** Loads the 290 series, as primitive arrays for the baseline and as the library's series type. */
    @Setup
    public void setUp() {
        series = MunicipalSeries.load();
        yearlySeries = new ArrayList<>(series.size());
        for (int m = 0; m < series.size(); m++) {
            yearlySeries.add(YearlySeries.of(series.years()[m], series.values()[m]));
        }
    }

    /**
     * Computes the trends with the library.
     *
     * @return per series: LAD slope, LAD level, OLS slope, OLS level, zero date as epoch day (NaN when none)
     */
    @Benchmark
    public double[] library() {
        return trends(yearlySeries);
    }

    /**
     * Computes the trends of many series with the library.
     *
     * @param yearlySeries the series, not null
     * @return per series: LAD slope, LAD level, OLS slope, OLS level, zero date as epoch day (NaN when none)
     */
    static double[] trends(List<YearlySeries> yearlySeries) {
        double[] out = new double[yearlySeries.size() * TrendLoop.FIGURES];
        for (int s = 0; s < yearlySeries.size(); s++) {
            YearlySeries one = yearlySeries.get(s);
            Trend lad = Trends.lad(one, SINCE);
            Trend ols = Trends.ols(one, SINCE);
            Optional<LocalDate> zero = lad.zeroDate();
            int o = s * TrendLoop.FIGURES;
            out[o] = lad.slope();
            out[o + 1] = lad.valueAtFirstYear();
            out[o + 2] = ols.slope();
            out[o + 3] = ols.valueAtFirstYear();
            out[o + 4] = zero.isPresent() ? zero.get().toEpochDay() : Double.NaN;
        }
        return out;
    }

    /**
     * Computes the same figures with the hand-written loop.
     *
     * @return the figures, laid out as by {@link #library()}
     */
    @Benchmark
    public double[] handLoop() {
        return TrendLoop.trends(series.years(), series.values(), SINCE);
    }
}
