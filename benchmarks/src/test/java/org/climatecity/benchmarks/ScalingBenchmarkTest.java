package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.climatecity.benchmarks.workload.EuropeScaling;
import org.climatecity.core.calc.ScalingProjection;
import org.climatecity.core.calc.ScalingYear;
import org.climatecity.core.calc.StageProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScalingBenchmarkTest {

    private static final ScalingBenchmark BENCHMARK = new ScalingBenchmark();

    @BeforeAll
    static void setUp() {
        BENCHMARK.setUp();
    }

    @Test
    void libraryAndPrimitiveLoopEachRunOnceAndAgreeOnEveryYear() {
        ScalingProjection projection = BENCHMARK.library();
        double[] loop = BENCHMARK.primitiveLoop();
        StageProjection stage = projection.stages().get(0);
        assertThat(stage.jurisdictions()).hasSize(EuropeScaling.JURISDICTIONS);
        assertThat(loop).hasSize(4 * EuropeScaling.years());
        for (int y = 0; y < EuropeScaling.years(); y++) {
            int year = EuropeScaling.FIRST_YEAR + y;
            ScalingYear figures = stage.year(year);
            assertThat(loop[4 * y]).as("share %d", year).isCloseTo(stage.adoptionShare(year), within(1e-12));
            assertThat(loop[4 * y + 1]).as("low %d", year).isCloseTo(figures.low(), within(1e-6 * figures.low()));
            assertThat(loop[4 * y + 2]).as("central %d", year)
                    .isCloseTo(figures.central(), within(1e-6 * figures.central()));
            assertThat(loop[4 * y + 3]).as("high %d", year).isCloseTo(figures.high(), within(1e-6 * figures.high()));
        }
    }

    @Test
    void floorLoopComputesTheSameFiguresAsTheCellByCellLoop() {
        double[] cells = BENCHMARK.primitiveLoop();
        double[] floor = BENCHMARK.primitiveFloor();
        assertThat(floor).hasSameSizeAs(cells);
        for (int i = 0; i < cells.length; i++) {
            assertThat(floor[i]).as("figure %d", i).isCloseTo(cells[i], within(1e-9 * Math.max(1, cells[i])));
        }
    }

    @Test
    void adoptionRisesAlongTheLogisticCurveTowardsSaturation() {
        double[] loop = BENCHMARK.primitiveLoop();
        for (int y = 1; y < EuropeScaling.years(); y++) {
            assertThat(loop[4 * y]).isGreaterThan(loop[4 * (y - 1)]).isLessThan(EuropeScaling.SATURATION);
        }
    }
}
