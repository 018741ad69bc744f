package org.climatecity.benchmarks;

import org.climatecity.benchmarks.baseline.TokenWalk;
import org.climatecity.benchmarks.plain.PlainDocument;
import org.climatecity.core.document.ProgrammeDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the national document (several MB of compact JSON) by the library into the typed model, without
 * validation, against Jackson 3 databind into plain records and against a bare token walk.
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
public class ReadBenchmark {

    private byte[] json;

    /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
    public ReadBenchmark() {
    }

    /** Loads the national document's JSON. */
    @Setup
    public void setUp() {
        json = Workloads.nationalJson();
    }

    /**
     * Reads the document with the library.
     *
     * @return the document
     */
    @Benchmark
    public ProgrammeDocument library() {
        return Workloads.read(json);
    }

    /**
     * Reads the document into plain records with Jackson databind.
     *
     * @return the plain document
     */
    @Benchmark
    public PlainDocument plainRecords() {
        return Workloads.readPlain(json);
    }

    /**
     * Walks the document's tokens.
     *
     * @return a checksum of the values
     */
    @Benchmark
    public long tokenWalk() {
        return TokenWalk.walk(Workloads.PLAIN_MAPPER, json);
    }
}
