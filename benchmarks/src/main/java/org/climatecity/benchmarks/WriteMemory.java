package org.climatecity.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.climatecity.core.document.ProgrammeDocument;

/**
 * Measures the heap that writing a document to a stream holds beyond the model: the used heap after a full collection
 * taken while the write is under way (each time another megabyte has gone to the stream), minus the used heap after a
 * full collection before it started, with the model alive throughout. A writer that streams holds its buffers only; one
 * that built the whole output first would hold at least the output's size.
 *
 * @since 0.1.0
 */
public final class WriteMemory {

    /** How many bytes go to the stream between two readings of the heap. */
    static final long STEP = 1_000_000;

    /** Writes a document to a stream; may fail with an I/O error. */
    @FunctionalInterface
    interface Writer {
        /**
         * Writes.
         *
         * @param out the stream, not null
         * @throws IOException if the stream fails
         */
        void write(OutputStream out) throws IOException;
    }

    private WriteMemory() {
    }

    /**
     * Measures the heap held while the library writes the national document to a stream, against the size of its
     * JSON: the median over some writes of each write's largest reading, with half the interquartile range as its
     * margin, after one write that is not counted (it fills the writer's buffer pools, which later writes reuse: the
     * first write's reading is several times the others').
     *
     * @param document the national document, not null
     * @param jsonSize the size of its compact JSON, in bytes, positive
     * @param repeats the number of counted writes, at least 1
     * @return the row, with the held heap as library and the JSON size as baseline
     */
    public static FigureRow measure(ProgrammeDocument document, long jsonSize, int repeats) {
        Objects.requireNonNull(document, "document");
        if (repeats < 1) {
            throw new IllegalArgumentException("repeats must be at least 1, was " + repeats);
        }
        Writer write = out -> Workloads.DOCUMENTS.write(document, out);
        held(write);
        double[] held = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            held[i] = held(write);
        }
        return new FigureRow(Figures.WRITE_STREAM_MEMORY, Measurement.bytes(MainJobTiming.median(held),
                MainJobTiming.halfInterquartileRange(held)), Measurement.bytes(jsonSize, 0));
    }

    /**
     * Returns the most heap a write held beyond what was in use before it started.
     *
     * @param writer the write, not null
     * @return the largest reading, in bytes
     */
    static double held(Writer writer) {
        Objects.requireNonNull(writer, "writer");
        long before = HeapFootprint.usedAfterCollection();
        Probe probe = new Probe(before);
        try {
            writer.write(probe);
        } catch (IOException e) {
            throw new UncheckedIOException("the measured write failed", e);
        }
        return probe.largest;
    }

    /** A stream that discards what it is given and reads the heap each time another step has been written. */
    private static final class Probe extends OutputStream {
        private final long before;
        private long written;
        private long next = STEP;
        private long largest;

        Probe(long before) {
            this.before = before;
        }

        @Override
        public void write(int b) {
            count(1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            count(len);
        }

        private void count(long bytes) {
            written += bytes;
            if (written >= next) {
                next += STEP;
                largest = Math.max(largest, HeapFootprint.usedAfterCollection() - before);
            }
        }
    }
}
