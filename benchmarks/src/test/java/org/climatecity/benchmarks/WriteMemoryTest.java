package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WriteMemoryTest {

    @Test
    void countsWhatAWriteHoldsWhileItRuns() {
        // a write that builds its 8 MB of output first holds it while the stream gets it
        double held = WriteMemory.held(out -> {
            byte[] whole = new byte[8_000_000];
            out.write(whole);
            out.write(whole, 0, 10);
        });
        assertThat(held).isBetween(7.5e6, 9e6);
    }

    @Test
    void countsLittleForAWriteThatStreams() {
        double held = WriteMemory.held(out -> {
            byte[] buffer = new byte[8_000];
            for (int i = 0; i < 1_000; i++) {
                out.write(buffer);
            }
        });
        assertThat(held).isLessThan(1e6);
    }

    @Test
    void libraryStreamsTheNationalDocument() {
        FigureRow row = WriteMemory.measure(Workloads.nationalDocument(), 10_000_000, 1);
        assertThat(row.library().value()).isLessThan(row.baseline().value() / 10);
    }
}
