package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureTableTest {

    private final FigureTable table = new FigureTable(List.of(
            new FigureRow(Figure.targeted("read", "plain", 1.3), Measurement.millis(12, 0.5),
                    Measurement.millis(10, 0.25), Optional.of(new FigureRow.Allocation(30e6, 20e6))),
            new FigureRow(Figure.reported("heap", "json"), Measurement.bytes(40e6, 0), Measurement.bytes(8e6, 0))));

    @Test
    void printsAlignedColumnsWithHeaderAndRule() {
        assertThat(table.toText()).isEqualTo("""
                figure          library         baseline  ratio  target  status  allocated per op (library / baseline)
                ------------------------------------------------------------------------------------------------------
                read    12.0 ± 0.500 ms  10.0 ± 0.250 ms   1.20   ≤ 1.3  met                            30.0 / 20.0 MB
                heap            40.0 MB          8.00 MB   5.00       —  report                                      —
                """);
    }

    @Test
    void printsMarkdownTable() {
        assertThat(table.toMarkdown()).isEqualTo("""
                | figure | library | baseline | ratio | target | status | allocated per op (library / baseline) |
                |---|---:|---:|---:|---:|---|---:|
                | read | 12.0 ± 0.500 ms | 10.0 ± 0.250 ms | 1.20 | ≤ 1.3 | met | 30.0 / 20.0 MB |
                | heap | 40.0 MB | 8.00 MB | 5.00 | — | report | — |
                """);
    }

    @Test
    void listsRowsWhoseMarginIsWiderThanAShare() {
        FigureRow noisy = new FigureRow(Figure.targeted("write", "plain", 1.3), Measurement.millis(20, 2.5),
                Measurement.millis(20, 0));
        assertThat(new FigureTable(List.of(table.rows().get(0), noisy)).noisy(0.1)).containsExactly(noisy);
        assertThat(table.noisy(0.1)).isEmpty();
    }

    @Test
    void printsAPairedRatioWithItsMargin() {
        FigureRow paired = new FigureRow(Figure.targeted("validate", "walk", 2.0), Measurement.millis(50, 9),
                Measurement.millis(25, 4), Optional.empty(), Optional.of(new FigureRow.PairedRatio(1.96, 0.04)));
        assertThat(FigureTable.ratio(paired)).isEqualTo("1.96 ± 0.04");
        assertThat(new FigureTable(List.of(paired)).toMarkdown())
                .contains("| validate | 50.0 ± 9.00 ms | 25.0 ± 4.00 ms | 1.96 ± 0.04 | ≤ 2.0 | met | — |");
        assertThat(FigureTable.ratio(table.rows().get(0))).isEqualTo("1.20");
    }

    @Test
    void printsATargetWithTheDecimalsItHas() {
        assertThat(FigureTable.target(1.3)).isEqualTo("1.3");
        assertThat(FigureTable.target(8)).isEqualTo("8.0");
        assertThat(FigureTable.target(0.05)).isEqualTo("0.05");
    }

    @Test
    void tellsWhetherAnyTargetWasMissed() {
        assertThat(table.anyMissed()).isFalse();
        FigureRow missed = new FigureRow(Figure.targeted("write", "plain", 1.3), Measurement.millis(20, 0),
                Measurement.millis(10, 0));
        assertThat(new FigureTable(List.of(missed)).anyMissed()).isTrue();
    }
}
