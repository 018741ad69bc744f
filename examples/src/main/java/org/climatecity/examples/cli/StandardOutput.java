package org.climatecity.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Standard output in UTF-8 that remembers why writing to it failed. Like every {@link PrintWriter} it swallows
 * errors and only {@linkplain #checkError() flags} them; unlike {@link System#out}, which swallows them a second time
 * before a writer sees them, it writes to the stream directly, so that {@code climate-city schema > /dev/full} can
 * tell that nothing was written, and why.
 *
 * @since 0.1.0
 */
public final class StandardOutput extends PrintWriter {

    private final Recorder recorder;

    /**
     * Creates the writer for the process's standard output, flushing at each line.
     *
     * @return the writer
     */
    public static StandardOutput open() {
        return new StandardOutput(new FileOutputStream(FileDescriptor.out));
    }

    /**
     * Creates the writer for a stream, flushing at each line.
     *
     * @param out the stream, not null
     */
    public StandardOutput(OutputStream out) {
        this(new Recorder(Objects.requireNonNull(out, "out")));
    }

    private StandardOutput(Recorder recorder) {
        super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), true);
        this.recorder = recorder;
    }

    /**
     * Returns the first error writing to the stream.
     *
     * @return the error, or empty if every write succeeded so far
     */
    public Optional<IOException> failure() {
        return Optional.ofNullable(recorder.failure);
    }

    /** Passes everything on and keeps the first error. */
    private static final class Recorder extends FilterOutputStream {

        private IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw record(e);
            }
        }

        private IOException record(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
