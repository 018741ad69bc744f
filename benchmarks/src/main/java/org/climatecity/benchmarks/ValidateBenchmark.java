package org.climatecity.benchmarks;

import org.climatecity.core.document.ProgrammeDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the national document and validating it as a whole (every document rule, as the library's reader checks
 * them: as plain Java, by {@code DocumentRules}), as tools do on every save. Its baseline is the token walk,
 * {@link ReadBenchmark#tokenWalk()}.
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
// on two cores the JIT compiles and recompiles the large reading and writing code for up to 12 seconds of a fresh
// JVM, and each such phase runs 3 to 7 times slower: fifteen seconds of warm-up end after it. On this shared machine,
// code that walks memory also runs up to 1.6 times slower for 5 to 20 seconds at a time, with no collection or
// compilation in the process (a CPU-bound loop of the same run stays within ±2 %): twenty iterations in each of three
// forks give JMH's confidence interval the samples to take such phases in
@Fork(3)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 20, time = 1)
public class ValidateBenchmark {

    private byte[] json;

    /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
    public ValidateBenchmark() {
    }

    /** Loads the national document's JSON. */
    @Setup
    public void setUp() {
        json = Workloads.nationalJson();
    }

    /**
     * Reads and validates the document with the library.
     *
     * @return the valid document
     */
    @Benchmark
    public ProgrammeDocument readAndValidate() {
        return Workloads.VALIDATING_DOCUMENTS.read(json).document();
    }
}
