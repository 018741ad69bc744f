package org.climatecity.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

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
        assertThat(markdown).contains("Borlänge + Avesta (since 2024-12-01, joint target: Joint <target> & more)");
        assertThat(markdown).doesNotContain("||");
    }
}
