package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.climatecity.benchmarks.baseline.SchemaValidation;
import org.climatecity.benchmarks.plain.PlainDocument;
import org.climatecity.core.document.ProgrammeDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/** Runs each pair once and checks what the two sides do and what the profiler makes of them. */
class PairedBenchmarkTest {

    private static ProgrammeDocument expected;
    private static byte[] json;

    @BeforeAll
    static void setUp() {
        expected = Workloads.nationalDocument();
        json = Workloads.DOCUMENTS.writeToBytes(expected);
        System.setProperty(Workloads.NATIONAL_JSON_PROPERTY, Workloads.saveNationalJson(json).toString());
    }

    private static PairedBenchmark benchmark(PairedBenchmark.Pair pair) {
        PairedBenchmark benchmark = new PairedBenchmark();
        benchmark.pair = pair;
        benchmark.setUp();
        return benchmark;
    }

    @Test
    void readPairsTheTypedModelWithPlainRecordsOfTheSameDocument() {
        PairedBenchmark read = benchmark(PairedBenchmark.Pair.READ_PLAIN);
        assertThat(read.library()).isEqualTo(expected);
        assertThat(((PlainDocument) read.baseline()).initiatives()).hasSize(expected.initiatives().size());
    }

    @Test
    void validatingReadPairsTheValidDocumentWithTheTokenWalk() {
        PairedBenchmark validate = benchmark(PairedBenchmark.Pair.VALIDATE_WALK);
        assertThat(validate.library()).isEqualTo(expected);
        assertThat(validate.baseline()).isEqualTo(benchmark(PairedBenchmark.Pair.READ_WALK).baseline())
                .isNotEqualTo(0L);
    }

    @Test
    void schemaValidationPairsTheValidDocumentWithTheSchemasVerdictOnTheSameBytes() {
        PairedBenchmark validate = benchmark(PairedBenchmark.Pair.VALIDATE_SCHEMA);
        assertThat(validate.library()).isEqualTo(expected);
        assertThat((List<?>) validate.baseline()).isEmpty();
        // the baseline really validates: a document with a wrong type gives errors
        String broken = new String(json, StandardCharsets.UTF_8)
                .replaceFirst("\"schemaVersion\":\"[^\"]*\"", "\"schemaVersion\":1");
        assertThat(SchemaValidation.validate(
                broken.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
    }

    @Test
    void writePairsTwoWritesOfTheSameBytes() {
        PairedBenchmark write = benchmark(PairedBenchmark.Pair.WRITE_PLAIN);
        assertThat((byte[]) write.library()).isEqualTo(json);
        assertThat((byte[]) write.baseline()).isEqualTo(json);
    }

    @ParameterizedTest
    @EnumSource(PairedBenchmark.Pair.class)
    void profilerReportsBothSidesAndTheirRatioAfterAnIteration(PairedBenchmark.Pair pair) {
        PairedBenchmark benchmark = benchmark(pair);
        PairedProfiler profiler = new PairedProfiler();
        profiler.beforeIteration(null, null);
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        benchmark.pair(blackhole);
        benchmark.pair(blackhole);
        Map<String, Double> results = profiler.afterIteration(null, null, null).stream()
                .collect(Collectors.toMap(Result::getLabel, Result::getScore));
        assertThat(results).containsOnlyKeys(PairedProfiler.RATIO, PairedProfiler.LIBRARY_TIME,
                PairedProfiler.BASELINE_TIME, PairedProfiler.LIBRARY_BYTES, PairedProfiler.BASELINE_BYTES);
        assertThat(results.get(PairedProfiler.LIBRARY_TIME)).isPositive();
        assertThat(results.get(PairedProfiler.BASELINE_TIME)).isPositive();
        assertThat(results.get(PairedProfiler.RATIO)).isCloseTo(
                results.get(PairedProfiler.LIBRARY_TIME) / results.get(PairedProfiler.BASELINE_TIME),
                org.assertj.core.data.Percentage.withPercentage(1e-6));
        // every side builds at least its result: a read allocates more than the document's bytes
        assertThat(results.get(PairedProfiler.LIBRARY_BYTES)).isGreaterThan(json.length / 2.0);
        assertThat(results.get(PairedProfiler.BASELINE_BYTES)).isPositive();
        profiler.beforeIteration(null, null);
        assertThat(profiler.afterIteration(null, null, null)).as("nothing measured since the reset").isEmpty();
    }

    @Test
    void runnerBuildsTheRowsOfAPairFromTheProfilersResults() {
        Map<String, ScalarResult> results = List.of(
                        new ScalarResult(PairedProfiler.RATIO, 2.1, "×", AggregationPolicy.AVG),
                        new ScalarResult(PairedProfiler.LIBRARY_TIME, 50, "ms/op", AggregationPolicy.AVG),
                        new ScalarResult(PairedProfiler.BASELINE_TIME, 25, "ms/op", AggregationPolicy.AVG),
                        new ScalarResult(PairedProfiler.LIBRARY_BYTES, 40e6, "B/op", AggregationPolicy.AVG),
                        new ScalarResult(PairedProfiler.BASELINE_BYTES, 20e6, "B/op", AggregationPolicy.AVG)).stream()
                .collect(Collectors.toMap(Result::getLabel, Function.identity()));
        Optional<FigureRow> time = BenchmarkRunner.pairedRow(paired(Figures.READ_VALIDATE), results);
        assertThat(time).hasValueSatisfying(row -> {
            assertThat(row.figure()).isEqualTo(Figures.READ_VALIDATE);
            assertThat(row.ratio()).isEqualTo(2.1);
            assertThat(row.library()).isEqualTo(Measurement.millis(50, 0));
            assertThat(row.allocation()).contains(new FigureRow.Allocation(40e6, 20e6));
        });
        Optional<FigureRow> bytes = BenchmarkRunner.pairedRow(paired(Figures.WRITE_ALLOCATION), results);
        assertThat(bytes).hasValueSatisfying(row -> {
            assertThat(row.figure()).isEqualTo(Figures.WRITE_ALLOCATION);
            assertThat(row.ratio()).isEqualTo(2.0);
            assertThat(row.paired()).isEmpty();
        });
        assertThat(BenchmarkRunner.pairedRow(Figures.PAIRED.get(0), Map.of())).isEmpty();
    }

    private static Figures.Paired paired(Figure figure) {
        return Figures.PAIRED.stream().filter(p -> p.figure().equals(figure)).findFirst().orElseThrow();
    }
}
