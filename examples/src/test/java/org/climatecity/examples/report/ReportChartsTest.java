package org.climatecity.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class ReportChartsTest {

    private final ReportModel model = ReportModelSamples.sample();

    @Test
    void drawsTwoChartsPerCityAndOneForTheScaling() {
        Map<String, String> charts = ReportCharts.render(model);
        assertThat(charts.keySet()).containsExactly("emissions-2081.svg", "gap-2081.svg", "scaling.svg");
    }

    @Test
    void drawsWellFormedSvgWithTheSeriesNamesInTheLegend() {
        String svg = ReportCharts.emissions(model.cities().get(0));
        Document xml = Jsoup.parse(svg, "", Parser.xmlParser());
        assertThat(xml.selectFirst("svg")).isNotNull();
        assertThat(xml.selectFirst("svg").attr("viewBox")).isEqualTo("0 0 760 380");
        assertThat(xml.text()).contains("Observed (SMHI)", "Trend (LAD, anchored)",
                "Target path: Klimatneutrala Borlänge 2030", "Carbon law");
    }

    @Test
    void prefixesInternalIdsSoThatChartsCanShareAPage() {
        String emissions = ReportCharts.emissions(model.cities().get(0));
        String gap = ReportCharts.gap(model.cities().get(0));
        Document first = Jsoup.parse(emissions, "", Parser.xmlParser());
        Document second = Jsoup.parse(gap, "", Parser.xmlParser());
        first.select("[id]").forEach(e -> assertThat(second.getElementById(e.id())).isNull());
        assertThat(first.select("[id]")).isNotEmpty();
    }

    @Test
    void drawsTheScalingBandForEachStage() {
        String svg = ReportCharts.scaling(model.scalingFacts().orElseThrow());
        assertThat(svg).contains("Borlänge and Avesta", "Europe", "low-high band");
        assertThat(svg).doesNotContain("http://www.w3.org/1999/xlink\" xlink:href=\"http");
    }
}
