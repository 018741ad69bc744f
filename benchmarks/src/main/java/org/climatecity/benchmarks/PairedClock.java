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

    private final Side library = new Side();
    private final Side baseline = new Side();

    PairedClock() {
    }

    /** Returns the clock of this JVM's paired benchmark. */
    static PairedClock current() {
        return CURRENT;
    }

    /** Runs the library's side once and adds its time and bytes. */
    Object library(Supplier<Object> operation) {
        return library.run(operation);
    }

    /** Runs the baseline's side once and adds its time and bytes. */
    Object baseline(Supplier<Object> operation) {
        return baseline.run(operation);
    }

    /** Forgets everything added. */
    void reset() {
        library.reset();
        baseline.reset();
    }

    /** Whether both sides ran at least once since the last reset. */
    boolean hasPairs() {
        return library.count > 0 && baseline.count > 0;
    }

    /** The library's mean time per operation, in milliseconds. */
    double libraryMillis() {
        return library.millis();
    }

    /** The baseline's mean time per operation, in milliseconds. */
    double baselineMillis() {
        return baseline.millis();
    }

    /** The library's mean bytes allocated per operation. */
    double libraryBytes() {
        return library.bytes();
    }

    /** The baseline's mean bytes allocated per operation. */
    double baselineBytes() {
        return baseline.bytes();
    }

    /** The ratio of the library's mean time to the baseline's. */
    double ratio() {
        return libraryMillis() / baselineMillis();
    }

    /** What one side ran: its operations, their time and the bytes they allocated. */
    private static final class Side {
        private long nanos;
        private long bytes;
        private int count;

        Object run(Supplier<Object> operation) {
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            Object result = operation.get();
            nanos += System.nanoTime() - start;
            bytes += THREADS.getCurrentThreadAllocatedBytes() - allocated;
            count++;
            return result;
        }

        void reset() {
            nanos = 0;
            bytes = 0;
            count = 0;
        }

        double millis() {
            return nanos / 1e6 / count;
        }

        double bytes() {
            return (double) bytes / count;
        }
    }
}
