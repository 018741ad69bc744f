package org.climatecity.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * The time and the bytes allocated of both sides of a {@link PairedBenchmark}, summed over one iteration: the
 * benchmark adds to it, {@link PairedProfiler} reads and resets it around each iteration.
 *
 * <p>Not thread-safe: one benchmark thread adds, and JMH reads only after that thread finished its iteration.
 *
 * @since 0.1.0
 */
final class PairedClock {

    private static final PairedClock CURRENT = new PairedClock();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private long libraryNanos;
    private long baselineNanos;
    private long libraryBytes;
    private long baselineBytes;
    private int libraryCount;
    private int baselineCount;

    PairedClock() {
    }

    /** Returns the clock of this JVM's paired benchmark. */
    static PairedClock current() {
        return CURRENT;
    }

    /** Runs the library's side once and adds its time and bytes. */
    Object library(Supplier<Object> operation) {
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Object result = operation.get();
        libraryNanos += System.nanoTime() - start;
        libraryBytes += THREADS.getCurrentThreadAllocatedBytes() - bytes;
        libraryCount++;
        return result;
    }

    /** Runs the baseline's side once and adds its time and bytes. */
    Object baseline(Supplier<Object> operation) {
        long bytes = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Object result = operation.get();
        baselineNanos += System.nanoTime() - start;
        baselineBytes += THREADS.getCurrentThreadAllocatedBytes() - bytes;
        baselineCount++;
        return result;
    }

    /** Forgets everything added. */
    void reset() {
        libraryNanos = 0;
        baselineNanos = 0;
        libraryBytes = 0;
        baselineBytes = 0;
        libraryCount = 0;
        baselineCount = 0;
    }

    /** Whether both sides ran at least once since the last reset. */
    boolean hasPairs() {
        return libraryCount > 0 && baselineCount > 0;
    }

    /** The library's mean time per operation, in milliseconds. */
    double libraryMillis() {
        return libraryNanos / 1e6 / libraryCount;
    }

    /** The baseline's mean time per operation, in milliseconds. */
    double baselineMillis() {
        return baselineNanos / 1e6 / baselineCount;
    }

    /** The library's mean bytes allocated per operation. */
    double libraryBytes() {
        return (double) libraryBytes / libraryCount;
    }

    /** The baseline's mean bytes allocated per operation. */
    double baselineBytes() {
        return (double) baselineBytes / baselineCount;
    }

    /** The ratio of the library's mean time to the baseline's. */
    double ratio() {
        return libraryMillis() / baselineMillis();
    }
}
