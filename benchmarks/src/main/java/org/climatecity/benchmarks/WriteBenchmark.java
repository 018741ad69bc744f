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
// on two cores the JIT compiles and recompiles the large reading and writing code for up to 12 seconds of a fresh
// JVM, and each such phase runs 3 to 7 times slower: fifteen seconds of warm-up end after it. On this shared machine,
// code that walks memory also runs up to 1.6 times slower for 5 to 20 seconds at a time, with no collection or
// compilation in the process (a CPU-bound loop of the same run stays within ±2 %): twenty iterations in each of three
// forks give JMH's confidence interval the samples to take such phases in
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
