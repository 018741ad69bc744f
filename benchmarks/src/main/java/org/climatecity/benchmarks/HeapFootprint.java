package org.climatecity.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Measures the heap that an object graph retains, without an agent: the used heap after a full collection with the
 * graph alive, minus the used heap after a full collection before it was built.
 *
 * <p>Each reading collects until the used heap stops shrinking (or gives up after a few rounds), so garbage of the
 * build is not counted. The first build is not counted either, as it loads classes and fills caches that outlive it.
 * The result is the median over repeats; its margin is half their spread. Objects the graph shares with the rest of
 * the JVM (enum constants, interned strings, cached small numbers) are not counted, as a tool holding the model
 * would not pay for them again.
 *
 * @since 0.1.0
 */
public final class HeapFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private HeapFootprint() {
    }

    /**
     * Measures the heap retained by the national model as the library reads it, against the size of its JSON.
     *
     * @param json the national document's JSON, not null
     * @param repeats the number of counted measurements, at least 1
     * @return the row, with the retained heap as library and the JSON size as baseline
     */
    public static FigureRow measure(byte[] json, int repeats) {
        double[] retained = retained(() -> Workloads.read(json), repeats);
        return new FigureRow(Figures.HEAP,
                Measurement.bytes(MainJobTiming.median(retained), MainJobTiming.halfSpread(retained)),
                Measurement.bytes(json.length, 0));
    }

    /**
     * Measures the heap retained by the graphs that a supplier builds.
     *
     * @param build builds a new graph on each call, not null
     * @param repeats the number of counted measurements, at least 1
     * @return the retained bytes of each counted build
     */
    static double[] retained(Supplier<?> build, int repeats) {
        Objects.requireNonNull(build, "build");
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, was " + repeats);
        }
        Reference.reachabilityFence(build.get());
        double[] retained = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long before = usedAfterCollection();
            Object graph = build.get();
            long after = usedAfterCollection();
            Reference.reachabilityFence(graph);
            retained[i] = Math.max(0, after - before);
        }
        return retained;
    }

    /**
     * Returns the used heap after collecting until it stops shrinking by more than 0.1 % (at most ten rounds).
     *
     * @return the used heap, in bytes
     */
    static long usedAfterCollection() {
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            System.gc();
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used - used / 1000) {
                return Math.min(now, used);
            }
            used = now;
        }
        return used;
    }
}
