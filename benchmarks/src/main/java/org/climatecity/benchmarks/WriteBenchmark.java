package org.climatecity.benchmarks;

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
 * Writing the national document as compact JSON by the library, against Jackson 3 databind writing the same
 * document held in plain records (which gives the same bytes).
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
public class WriteBenchmark {

    private ProgrammeDocument document;
    private PlainDocument plain;

    /** Creates the benchmark; JMH calls {@link #setUp()} before measuring. */
    public WriteBenchmark() {
    }

    /** Reads the national document into the typed model and into plain records. */
    @Setup
    public void setUp() {
        byte[] json = Workloads.nationalJson();
        document = Workloads.read(json);
        plain = Workloads.readPlain(json);
    }

    /**
     * Writes the document with the library.
     *
     * @return the UTF-8 JSON
     */
    @Benchmark
    public byte[] library() {
        return Workloads.DOCUMENTS.writeToBytes(document);
    }

    /**
     * Writes the plain records with Jackson databind.
     *
     * @return the UTF-8 JSON
     */
    @Benchmark
    public byte[] plainRecords() {
        return Workloads.PLAIN_MAPPER.writeValueAsBytes(plain);
    }
}
