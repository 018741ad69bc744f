package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasurementTest {

    @ParameterizedTest
    @CsvSource({
        "123.456, 123",
        "12.345, 12.3",
        "1.2345, 1.23",
        "0.12345, 0.123",
        "0.0012345, 0.00123",
        "0, 0",
    })
    void formatsThreeSignificantDigits(double value, String text) {
        assertThat(Measurement.significant(value)).isEqualTo(text);
    }

    @Test
    void formatsTimingWithErrorMargin() {
        assertThat(Measurement.millis(12.34, 0.456).format()).isEqualTo("12.3 ± 0.456 ms");
    }

    @Test
    void formatsBytesAsMegabytesWithoutZeroMargin() {
        assertThat(Measurement.bytes(5_210_000, 0).format()).isEqualTo("5.21 MB");
    }

    @Test
    void readsUnknownMarginAsZero() {
        assertThat(Measurement.millis(1, Double.NaN).error()).isZero();
    }

    @Test
    void rejectsNegativeValue() {
        assertThatThrownBy(() -> Measurement.millis(-1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("measured value must be finite and not negative, was -1.0");
    }
}
