package org.climatecity.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextReportTest {

    private final ReportModel model = ReportModelSamples.sample();

    @Test
    void consoleSummaryShowsMembersTwinsRolesGapAndStages() {
        String summary = TextReport.consoleSummary(model);
        assertThat(summary).contains("Viable Cities member cities", "| 23", "| 48 (23 named in the sources)")
                .contains("Borlänge + Avesta (since 2024-12-01")
                .contains("Region Dalarna", "supporting", "active party, coordinator")
                .contains("455,000 (2024)", "-5,000", "2115")
                .contains("Europe", "449,200,000 residents")
                .contains("Note: The pilot's effect is illustrative.");
    }

    @Test
    void consoleSummaryPrintsTheGapInTheTargetYearWithAndWithoutActions() {
        // trend 2030: 455,000 - 6 * 5,000 = 425,000; target 455,000 - 6 * 60,000 = 95,000; with actions 413,000
        String summary = TextReport.consoleSummary(model);
        assertThat(summary).contains("+330,000", "+318,000 (3 actions)");
    }

    @Test
    void consoleSummarySaysWhyATableHasNoRowsInsteadOfPrintingItEmpty() {
        String summary = TextReport.consoleSummary(ReportModelSamples.withoutCitiesOrPartners());
        assertThat(summary).contains("Trend against target (t CO2e per year)\n  " + ReportTables.NO_CITIES + "\n")
                .contains("Partners' roles\n  The initiative has no partners.\n")
                .doesNotContain("last observed", "roles on ");
    }

    @Test
    void markdownSaysWhyATableHasNoRowsInsteadOfPrintingItEmpty() {
        String markdown = TextReport.markdown(ReportModelSamples.withoutCitiesOrPartners(), Map.of());
        assertThat(markdown).contains("## Trend against target (t CO2e per year)\n\n" + ReportTables.NO_CITIES)
                .contains("## Partners' roles\n\nThe initiative has no partners.\n")
                .doesNotContain("last observed", "roles on ");
    }

    @Test
    void markdownHasOneTablePerSectionAndLinksTheCharts() {
        String markdown = TextReport.markdown(model, Map.of("scaling.svg", "Scaled reductions"));
        assertThat(markdown).startsWith("# Sample report\n")
                .contains("## Programme and initiative", "## Partners' roles", "## Trend against target",
                        "## Scaled reductions per stage")
                .contains("![Scaled reductions](scaling.svg)")
                .contains("| Borlänge (2081) |");
    }

    @Test
    void markdownEscapesPipesInCells() {
        String markdown = TextReport.markdown(model, Map.of());
        assertThat(markdown).contains("Borlänge + Avesta (since 2024-12-01, joint target: Joint &lt;target&gt; &amp;"
                + " more)");
        assertThat(markdown).doesNotContain("||");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
        "![x](javascript:alert(1))", "<javascript:alert(1)>", "a | b || c", "`code` and ``more``",
        "**bold** _em_ ~~no~~",
        "# heading", "- item", "+ item", "2030. list", "= setext", "back\\slash\\", "&amp; &#60;script&#62;",
        "line\nbreak", "[link]: javascript:alert(1)"})
    void markdownShowsEveryNameAsTheSameTextAndNeverAsMarkup(String name) {
        String markdown = TextReport.markdown(ReportModelSamples.named(name), Map.of("scaling.svg", name));
        Document page = render(markdown);
        String text = name.replace('\n', ' ');
        // no HTML, link, code, emphasis, list or heading made of the name
        assertThat(page.select("script, iframe, a, pre, code, em, strong, del, ol, ul ul, h3, h4, h5, h6"))
                .as(markdown).isEmpty();
        page.getAllElements().forEach(element -> element.attributes().forEach(attribute ->
                assertThat(attribute.getKey()).as(markdown).doesNotStartWith("on")));
        assertThat(page.select("img")).as(markdown).singleElement()
                .satisfies(image -> assertThat(image.attr("src")).isEqualTo("scaling.svg"))
                .satisfies(image -> assertThat(image.attr("alt")).isEqualTo(text));
        // the same text where it was: the title, the cells of five tables (the stage's places the fifth), the notes
        assertThat(page.select("h1").eachText()).containsExactly(text);
        assertThat(page.select("h2")).hasSize(7);
        assertThat(page.select("table")).hasSize(5);
        assertThat(page.select("td").eachText()).as(markdown).contains(text);
        assertThat(page.select("li").eachText()).containsExactly(text);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {"Borlänge (2081) => Borlänge (2081)", "-5,000 => -5,000",
        "a|b => a\\|b",
        "<b> => &lt;b&gt;", "x_y*z => x\\_y\\*z"})
    void markdownTextEscapesOnlyWhatIsMarkup(String text, String markdown) {
        assertThat(TextReport.markdownText(text)).isEqualTo(markdown);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {"# x => \\# x", "-5,000 => \\-5,000", "2030. x => 2030\\. x",
        "2030 x => 2030 x",
        "a - b => a - b"})
    void markdownParagraphAlsoEscapesALeadingBlockMarker(String text, String markdown) {
        assertThat(TextReport.markdownParagraph(text)).isEqualTo(markdown);
    }

    /** Renders Markdown to HTML as GitHub would, tables included, and parses it. */
    private static Document render(String markdown) {
        List<Extension> tables = List.of(TablesExtension.create());
        Node node = Parser.builder().extensions(tables).build().parse(markdown);
        return Jsoup.parse(HtmlRenderer.builder().extensions(tables).build().render(node));
    }
}
