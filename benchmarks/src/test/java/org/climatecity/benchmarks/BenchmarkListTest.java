package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.junit.jupiter.api.Test;

class BenchmarkListTest {

    @Test
    void jmhListsEveryBenchmarkThatAFigureNames() throws IOException {
        List<String> names;
        try (InputStream in = BenchmarkRunner.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            assertThat(in).as("JMH's generated benchmark list").isNotNull();
            names = BenchmarkList.readBenchmarkList(in).stream().map(BenchmarkListEntry::getUsername).toList();
        }
        for (Figures.Timed timed : Figures.TIMED) {
            assertThat(names).contains(timed.libraryName(), timed.baselineName());
        }
        assertThat(names).contains(Figures.PAIRED_BENCHMARK);
    }
}
