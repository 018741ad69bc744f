package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.benchmarks.baseline.TrendLoop;
import org.climatecity.benchmarks.workload.EuropeanDocuments;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.core.document.ProgrammeDocument;
import org.junit.jupiter.api.Test;

/** The EU-scale workload is valid and its figures are computed, on a small document (the full run makes 100,000). */
class ScaleFiguresTest {

    @Test
    void generatesAValidDocumentOfPlacesInEveryCountryWithTenYearsEach() {
        ProgrammeDocument document = EuropeanDocuments.build(2_000, 20, EuropeanDocuments.DEFAULT_SEED);

        List<Municipality> places = document.actors().stream().filter(Municipality.class::isInstance)
                .map(Municipality.class::cast).toList();
        assertThat(places).hasSize(2_000);
        assertThat(places.stream().map(Municipality::country).distinct()).hasSize(27);
        assertThat(document.inventories()).hasSize(20_000);
        assertThat(document.programmes().get(0).members()).hasSize(20);
        assertThat(document.initiatives()).hasSize(20);
        assertThat(DocumentRules.check(document)).isEmpty();
    }

    @Test
    void measuresReadingHeapTrendsAndReportAndTheLibrarysTrendsEqualTheLoops() {
        List<String> lines = new ArrayList<>();
        List<FigureRow> rows = ScaleFigures.measure(1_000, 10, 1, lines::add);

        assertThat(rows).extracting(FigureRow::figure).containsExactly(Figures.SCALE_READ_VALIDATE,
                Figures.SCALE_HEAP, Figures.SCALE_TRENDS, Figures.SCALE_REPORT);
        assertThat(rows).allSatisfy(row -> assertThat(row.ratio()).isPositive());
        assertThat(lines).singleElement().asString().contains("1,028 actors", "10,000 inventories");

        List<YearlySeries> series = ScaleFigures.series(EuropeanDocuments.build(1_000, 10, 1));
        int[][] years = series.stream().map(YearlySeries::years).toArray(int[][]::new);
        double[][] values = series.stream().map(YearlySeries::values).toArray(double[][]::new);
        assertThat(series).hasSize(1_000);
        assertThat(TrendBenchmark.trends(series)).containsExactly(
                TrendLoop.trends(years, values, TrendBenchmark.SINCE));
    }
}
