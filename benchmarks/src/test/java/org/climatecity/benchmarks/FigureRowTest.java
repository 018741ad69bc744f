package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FigureRowTest {

    private static final Figure TARGETED = Figure.targeted("read", "plain records", 1.3);

    @ParameterizedTest
    @CsvSource({
        "10, 10, 1.0, met",
        "13, 10, 1.3, met",
        "13.1, 10, 1.31, MISSED",
        "5, 10, 0.5, met",
    })
    void ratioIsLibraryOverBaselineAndMeetsTargetUpToIt(double library, double baseline, double ratio,
            String status) {
        FigureRow row = new FigureRow(TARGETED, Measurement.millis(library, 0), Measurement.millis(baseline, 0));
        assertThat(row.ratio()).isCloseTo(ratio, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(row.status()).isEqualTo(status);
    }

    @Test
    void figureWithoutTargetIsReported() {
        FigureRow row = new FigureRow(Figure.reported("heap", "json"), Measurement.bytes(9e7, 0),
                Measurement.bytes(1e7, 0));
        assertThat(row.ratio()).isEqualTo(9.0);
        assertThat(row.status()).isEqualTo("report");
    }

    @Test
    void rejectsMeasurementsInDifferentUnits() {
        assertThatThrownBy(() -> new FigureRow(TARGETED, Measurement.millis(1, 0), Measurement.bytes(1, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("library and baseline of 'read' must be in one unit, were MILLISECONDS and BYTES");
    }

    @Test
    void rejectsZeroBaseline() {
        assertThatThrownBy(() -> new FigureRow(TARGETED, Measurement.millis(1, 0), Measurement.millis(0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline of 'read' must not be zero");
    }
}
