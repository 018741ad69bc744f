package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.climatecity.benchmarks.baseline.TrendLoop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TrendBenchmarkTest {

    private static final TrendBenchmark BENCHMARK = new TrendBenchmark();

    @BeforeAll
    static void setUp() {
        BENCHMARK.setUp();
    }

    @Test
    void libraryAndHandLoopEachRunOnceAndAgreeOnEveryFigure() {
        double[] library = BENCHMARK.library();
        double[] loop = BENCHMARK.handLoop();
        assertThat(library).hasSize(290 * TrendLoop.FIGURES);
        assertThat(loop).hasSameSizeAs(library);
        for (int i = 0; i < library.length; i++) {
            if (Double.isNaN(library[i])) {
                assertThat(loop[i]).as("figure %d", i).isNaN();
            } else {
                assertThat(loop[i]).as("figure %d", i).isCloseTo(library[i],
                        within(1e-9 * Math.max(1, Math.abs(library[i]))));
            }
        }
    }

    @Test
    void borlangeFiguresMatchKlimatkollen() {
        double[] loop = BENCHMARK.handLoop();
        int borlange = org.climatecity.benchmarks.workload.MunicipalSeries.load().codes()
                .indexOf(org.climatecity.core.id.MunicipalityCode.of("2081"));
        int o = borlange * TrendLoop.FIGURES;
        assertThat(loop[o]).isCloseTo(-9_829.2, within(0.05));
        assertThat(java.time.LocalDate.ofEpochDay((long) loop[o + 4])).isEqualTo("2067-02-12");
    }
}
