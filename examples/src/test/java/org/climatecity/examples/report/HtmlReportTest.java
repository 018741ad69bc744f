package org.climatecity.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private final ReportModel model = ReportModelSamples.sample();

    @Test
    void writesOnePageWithTheTablesAndTheChartsInline() {
        Document page = Jsoup.parse(HtmlReport.html(model, ReportCharts.render(model)));
        assertThat(page.title()).isEqualTo("Sample report");
        // programme, partners, cities, scaling, and the places of each of the two stages
        assertThat(page.select("table")).hasSize(6);
        assertThat(page.select("figure > svg")).hasSize(3);
        assertThat(page.select("p.note").text()).isEqualTo("The pilot's effect is illustrative.");
    }

    @Test
    void saysWhyATableHasNoRowsInsteadOfPrintingItEmpty() {
        Document page = Jsoup.parse(HtmlReport.html(ReportModelSamples.withoutCitiesOrPartners(), Map.of()));
        assertThat(page.select("table")).hasSize(4);
        assertThat(page.select("p").eachText()).contains(ReportTables.NO_CITIES, "The initiative has no partners.");
    }

    @Test
    void escapesTextFromTheDocument() {
        String html = HtmlReport.html(model, ReportCharts.render(model));
        assertThat(html).contains("Joint &lt;target&gt; &amp; more").doesNotContain("Joint <target>");
    }

    @Test
    void loadsNothingFromElsewhere() {
        Document page = Jsoup.parse(HtmlReport.html(model, ReportCharts.render(model)));
        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("[src], [href], [xlink:href]")).isEmpty();
        assertThat(page.select("style").html()).doesNotContain("@import", "url(");
    }
}
