package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.climatecity.benchmarks.workload.EuropeScaling;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScalingDrawsBenchmarkTest {

    private static final ScalingDrawsBenchmark BENCHMARK = new ScalingDrawsBenchmark();

    @BeforeAll
    static void setUp() {
        BENCHMARK.jurisdictions = 2_000;
        BENCHMARK.draws = 50;
        BENCHMARK.setUp();
    }

    @Test
    void libraryAndFloorLoopAgreeOnEveryDrawAndYear() {
        double[] library = BENCHMARK.library();
        double[] floor = BENCHMARK.primitiveFloor();
        assertThat(library).hasSize(50 * EuropeScaling.years()).hasSameSizeAs(floor);
        for (int i = 0; i < library.length; i++) {
            assertThat(library[i]).as("figure %d", i).isCloseTo(floor[i], within(1e-9 * Math.max(1, floor[i])));
        }
    }

    @Test
    void drawsDiffer() {
        double[] library = BENCHMARK.library();
        int last = EuropeScaling.years() - 1;
        assertThat(library[last]).isNotEqualTo(library[EuropeScaling.years() + last]);
    }
}
