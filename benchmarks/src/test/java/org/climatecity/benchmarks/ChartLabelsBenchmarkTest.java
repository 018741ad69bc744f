package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartLabelsBenchmarkTest {

    @ParameterizedTest
    @ValueSource(ints = {100, 10_000, 1_000_000})
    void drawsAChartWithTheNameShortened(int nameLength) {
        ChartLabelsBenchmark benchmark = new ChartLabelsBenchmark();
        benchmark.nameLength = nameLength;
        benchmark.setUp();
        String svg = benchmark.emissionsChart();
        assertThat(svg).startsWith("<svg").contains("Borlänge word");
        assertThat(svg.length()).isLessThan(100_000);
    }
}
