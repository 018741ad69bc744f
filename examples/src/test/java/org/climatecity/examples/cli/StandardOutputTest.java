package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StandardOutputTest {

    @Test
    void writesUtf8AndFlushesEachLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StandardOutput out = new StandardOutput(bytes);
        out.println("Borlänge");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("Borlänge" + System.lineSeparator());
        assertThat(out.checkError()).isFalse();
        assertThat(out.failure()).isEmpty();
    }

    @Test
    void flagsAndKeepsTheFirstFailure() {
        StandardOutput out = new StandardOutput(new Full());
        out.println("lost");
        out.println("lost too");
        assertThat(out.checkError()).isTrue();
        assertThat(out.failure()).hasValueSatisfying(e -> assertThat(e).hasMessage("No space left on device 1"));
    }

    /** A stream on a full disk; it numbers its failures. */
    static final class Full extends OutputStream {
        private int failures;

        @Override
        public void write(int b) throws IOException {
            throw new IOException("No space left on device " + ++failures);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            write(0);
        }
    }
}
