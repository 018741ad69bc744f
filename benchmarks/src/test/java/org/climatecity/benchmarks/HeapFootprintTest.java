package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeapFootprintTest {

    @Test
    void measuresTheHeapAGraphRetains() {
        // an 8,000,000-byte array plus its header; the garbage made while building is not counted
        double[] retained = HeapFootprint.retained(() -> {
            byte[] garbage = new byte[20_000_000];
            garbage[0] = 1;
            return new long[1_000_000];
        }, 3);
        assertThat(retained).hasSize(3);
        for (double bytes : retained) {
            assertThat(bytes).isBetween(7.5e6, 9e6);
        }
    }

    @Test
    void rejectsFewerThanOneRepeat() {
        assertThatThrownBy(() -> HeapFootprint.retained(Object::new, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("repeats must be at least 1, was 0");
    }
}
