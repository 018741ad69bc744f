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
// the JIT goes on compiling and recompiling the large reading and writing code well into a fresh JVM, which runs
// much slower meanwhile: the warm-up ends after it. On a shared machine, code that walks memory also has phases of
// running slower, with no collection or compilation in the process: twenty iterations in each of three forks give
// JMH's confidence interval the samples to take such phases in (the README's Performance section has the figures)
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
