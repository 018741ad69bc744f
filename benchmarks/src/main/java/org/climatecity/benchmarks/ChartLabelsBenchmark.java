package org.climatecity.benchmarks;

import java.util.SortedMap;
import java.util.TreeMap;
import org.climatecity.examples.report.ReportCharts;
import org.climatecity.examples.report.ReportModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Draws a report's emissions chart of a city whose name and target name have a given length, to show that drawing
 * time does not grow with a name's length: the charts shorten every name they show. Not one of the figures of a full
 * run; run it with {@code --only ChartLabelsBenchmark}.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Djava.awt.headless=true")
// the chart library's code settles within about ten seconds
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 10, time = 1)
public class ChartLabelsBenchmark {

    /** The length of the city's name and of its target's name, in characters. */
    @Param({"100", "10000", "1000000"})
    public int nameLength;

    private ReportModel.CityFacts city;

    /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
    public ChartLabelsBenchmark() {
    }

    /** Makes the city with its long names. */
    @Setup
    public void setUp() {
        StringBuilder name = new StringBuilder("Borlänge");
        while (name.length() < nameLength) {
            name.append(" word");
        }
        String longName = name.substring(0, nameLength);
        SortedMap<Integer, Double> history = series(2015, 2024, 500_000, -5_000);
        SortedMap<Integer, Double> trend = series(2024, 2045, 455_000, -5_000);
        city = new ReportModel.CityFacts(longName, "2081", longName, 2030, history, -5_000, trend, 2115,
                series(2024, 2030, 455_000, -60_000), series(2024, 2045, 455_000, -20_000),
                series(2024, 2045, 455_000, -7_000), null, 3);
    }

    /**
     * Draws the city's emissions chart as SVG.
     *
     * @return the chart
     */
    @Benchmark
    public String emissionsChart() {
        return ReportCharts.emissions(city);
    }

    private static SortedMap<Integer, Double> series(int from, int to, double start, double step) {
        SortedMap<Integer, Double> series = new TreeMap<>();
        for (int year = from; year <= to; year++) {
            series.put(year, start + step * (year - from));
        }
        return series;
    }
}
