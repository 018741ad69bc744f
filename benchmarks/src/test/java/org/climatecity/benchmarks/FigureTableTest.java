package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTableTest {

    private final FigureTable table = new FigureTable(List.of(
            new FigureRow(Figure.targeted("read", "plain", 1.3), Measurement.millis(12, 0.5),
                    Measurement.millis(10, 0.25)),
            new FigureRow(Figure.reported("heap", "json"), Measurement.bytes(40e6, 0), Measurement.bytes(8e6, 0))));

    @Test
    void printsAlignedColumnsWithHeaderAndRule() {
        assertThat(table.toText()).isEqualTo("""
                figure          library         baseline  ratio  target  status
                ---------------------------------------------------------------
                read    12.0 ± 0.500 ms  10.0 ± 0.250 ms   1.20   ≤ 1.3  met
                heap            40.0 MB          8.00 MB   5.00       —  report
                """);
    }

    @Test
    void printsMarkdownTable() {
        assertThat(table.toMarkdown()).isEqualTo("""
                | figure | library | baseline | ratio | target | status |
                |---|---:|---:|---:|---:|---|
                | read | 12.0 ± 0.500 ms | 10.0 ± 0.250 ms | 1.20 | ≤ 1.3 | met |
                | heap | 40.0 MB | 8.00 MB | 5.00 | — | report |
                """);
    }

    @Test
    void tellsWhetherAnyTargetWasMissed() {
        assertThat(table.anyMissed()).isFalse();
        FigureRow missed = new FigureRow(Figure.targeted("write", "plain", 1.3), Measurement.millis(20, 0),
                Measurement.millis(10, 0));
        assertThat(new FigureTable(List.of(missed)).anyMissed()).isTrue();
    }
}
