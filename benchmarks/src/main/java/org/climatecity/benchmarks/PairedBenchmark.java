package org.climatecity.benchmarks;

import java.util.function.Supplier;
import org.climatecity.benchmarks.baseline.SchemaValidation;
import org.climatecity.benchmarks.baseline.TokenWalk;
import org.climatecity.benchmarks.plain.PlainDocument;
import org.climatecity.core.document.ProgrammeDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The national document's figures measured in pairs: each operation of the library runs next to one of its baseline
 * in the same JVM, the two alternating, and {@link PairedProfiler} reports per iteration the time and the bytes of
 * each side and the ratio of their times, so that both sides of a ratio run at the same speed of the machine.
 *
 * <p>Why: on a shared host, code that walks memory runs at two speeds, each lasting many seconds, with no collection
 * or compilation in the process. Measured one after the other, as JMH runs separate benchmarks, a ratio depends on
 * which speed each side caught, and the same code gave very different ratios from one full run to the next (the
 * README's Performance section has the figures). Within a pair the two operations run close together, so a phase
 * slows both; the ratio of each one-second iteration is a sample, and JMH's confidence interval over the iterations
 * of all forks is the figure's margin.
 *
 * <p>The two sides share one JVM, so the JIT compiles the parser code that both use with a profile of both; each side
 * alone is measured by {@link ReadBenchmark}, {@link ValidateBenchmark} and {@link WriteBenchmark} (run them with
 * {@code --only}, with a profiler if needed).
 *
 * @since 0.1.0
 */
@State(Scope.Benchmark)
// the warm-up ends after the JIT's work on the reading and writing code, as in ReadBenchmark; twenty one-second
// iterations in each of three forks give the ratio sixty samples
@Fork(3)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 20, time = 1)
public class PairedBenchmark {

    /** What is measured against what. */
    public enum Pair {
        /** Reading into the typed model vs Jackson databind into plain records. */
        READ_PLAIN,
        /** Reading into the typed model vs the token walk. */
        READ_WALK,
        /** Reading and validating vs the token walk. */
        VALIDATE_WALK,
        /** Reading and validating vs parsing and validating against the published schema (networknt). */
        VALIDATE_SCHEMA,
        /** Writing the typed model vs Jackson databind writing the plain records. */
        WRITE_PLAIN
    }

    /** The pair to measure; JMH sets it. */
    @Param
    public Pair pair;

    private Supplier<Object> library;
    private Supplier<Object> baseline;
    private boolean libraryFirst;

    /** Creates the benchmark; JMH sets {@link #pair} and calls {@link #setUp()} before measuring. */
    public PairedBenchmark() {
    }

    /** Loads the national document and chooses the two operations. */
    @Setup
    public void setUp() {
        byte[] json = Workloads.nationalJson();
        switch (pair) {
            case READ_PLAIN -> {
                library = () -> Workloads.read(json);
                baseline = () -> Workloads.readPlain(json);
            }
            case READ_WALK -> {
                library = () -> Workloads.read(json);
                baseline = () -> TokenWalk.walk(Workloads.PLAIN_MAPPER, json);
            }
            case VALIDATE_WALK -> {
                library = () -> Workloads.VALIDATING_DOCUMENTS.read(json).document();
                baseline = () -> TokenWalk.walk(Workloads.PLAIN_MAPPER, json);
            }
            case VALIDATE_SCHEMA -> {
                library = () -> Workloads.VALIDATING_DOCUMENTS.read(json).document();
                baseline = () -> SchemaValidation.validate(json);
            }
            case WRITE_PLAIN -> {
                ProgrammeDocument document = Workloads.read(json);
                PlainDocument plain = Workloads.readPlain(json);
                library = () -> Workloads.DOCUMENTS.writeToBytes(document);
                baseline = () -> Workloads.PLAIN_MAPPER.writeValueAsBytes(plain);
            }
            default -> throw new IllegalStateException("no operations for " + pair);
        }
    }

    /**
     * Runs the library's operation and the baseline's once each, the library first in every other call (so that
     * neither side always inherits the other's garbage or cache state), and records their times and bytes.
     *
     * @param blackhole consumes the results
     */
    @Benchmark
    public void pair(Blackhole blackhole) {
        libraryFirst = !libraryFirst;
        PairedClock clock = PairedClock.current();
        if (libraryFirst) {
            blackhole.consume(clock.library(library));
            blackhole.consume(clock.baseline(baseline));
        } else {
            blackhole.consume(clock.baseline(baseline));
            blackhole.consume(clock.library(library));
        }
    }

    /**
     * Runs the library's side once, for tests.
     *
     * @return what the operation returned
     */
    Object library() {
        return library.get();
    }

    /**
     * Runs the baseline's side once, for tests.
     *
     * @return what the operation returned
     */
    Object baseline() {
        return baseline.get();
    }
}
