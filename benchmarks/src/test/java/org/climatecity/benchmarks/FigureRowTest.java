package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
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
    void pairedRatioIsTheFigureAndItsMarginJudgesTheRow() {
        // the sides' means say 2.5, the pairs say 2.1: the pairs decide, and their margin, not the sides', counts
        FigureRow row = new FigureRow(Figure.targeted("read + validate", "walk", 2.0),
                Measurement.millis(50, 15), Measurement.millis(20, 6), Optional.empty(),
                Optional.of(new FigureRow.PairedRatio(2.1, 0.05)));
        assertThat(row.ratio()).isEqualTo(2.1);
        assertThat(row.status()).isEqualTo("MISSED");
        assertThat(row.withinMargin(0.10)).isTrue();
        FigureRow noisy = new FigureRow(TARGETED, Measurement.millis(50, 1), Measurement.millis(40, 1),
                Optional.empty(), Optional.of(new FigureRow.PairedRatio(1.25, 0.2)));
        assertThat(noisy.status()).isEqualTo("met");
        assertThat(noisy.withinMargin(0.10)).isFalse();
    }

    @Test
    void unpairedRowIsJudgedByTheMarginsOfBothSides() {
        assertThat(new FigureRow(TARGETED, Measurement.millis(50, 4), Measurement.millis(40, 3)).withinMargin(0.1))
                .isTrue();
        assertThat(new FigureRow(TARGETED, Measurement.millis(50, 4), Measurement.millis(40, 5)).withinMargin(0.1))
                .isFalse();
    }

    @Test
    void pairedRatioReadsJmhsMissingMarginAsZeroAndRejectsNonsense() {
        assertThat(new FigureRow.PairedRatio(1.5, Double.NaN).error()).isZero();
        assertThatThrownBy(() -> new FigureRow.PairedRatio(0, 0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a paired ratio must be positive and its margin not negative, were 0.0 and 0.1");
        assertThatThrownBy(() -> new FigureRow.PairedRatio(1, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsZeroBaseline() {
        assertThatThrownBy(() -> new FigureRow(TARGETED, Measurement.millis(1, 0), Measurement.millis(0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseline of 'read' must not be zero");
    }
}
