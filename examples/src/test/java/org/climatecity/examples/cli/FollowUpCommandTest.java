package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.document.Documents;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpCommandTest {

    @TempDir
    static Path dir;

    private static CliRun run;

    @BeforeAll
    static void followUpTheEmbeddedDocumentIn2025() {
        run = CliRun.of("follow-up", "--year", "2025", "--out", dir.toString());
    }

    @Test
    void printsTheSummaryAndWritesThePageTheMarkdownAndTheCharts() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Klimatneutrala Borlänge: follow-up 2025", "Indicators in 2025",
                "Targets' progress (t CO2e)", "Actions by status", "What changed in 2025",
                "Funding gap by year: Investment plan of the joint action plan Borlänge and Avesta (illustrative)"
                        + " (SEK)", "Follow-up: ",
                "Observed indicator values: Klimatkollen, climate-data.json, Copyright (c) 2022 Klimatbyrån, MIT"
                        + " License",
                "Illustrative indicators, with their values: renovated apartments, fossil-free trucks");
        assertThat(run.out()).containsPattern("Klimatneutrala Borlänge 2030 +\\| 2024 +\\| 423,796");
        assertThat(dir.resolve("follow-up.html")).isRegularFile();
        assertThat(dir.resolve("follow-up.md")).isRegularFile();
        assertThat(dir.resolve("funding-investment-plan-borlange-avesta.svg")).isRegularFile();
        String markdown = Files.readString(dir.resolve("follow-up.md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("](indicator-electric-car-share-borlange.svg)",
                "| 2025 | 40,500,000 | 18,500,000 | 0 | 20,000,000 | 2,000,000 | 22,000,000 |");
    }

    @Test
    void pageIsSelfContainedWithTheChartsInline() throws IOException {
        Document page = Jsoup.parse(Files.readString(dir.resolve("follow-up.html"), StandardCharsets.UTF_8));
        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("[src], [href]")).isEmpty();
        assertThat(page.html()).doesNotContainPattern("url\\((?!#)").doesNotContain("@import");
        assertThat(page.select("figure > svg")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(page.select("h2").eachText()).contains("Indicators in 2025", "Targets' progress (t CO2e)");
    }

    @Test
    void rejectsAYearOutsideTheDataWithAUsageError() {
        CliRun outside = CliRun.of("follow-up", "--year", "2040", "--out", dir.resolve("none").toString());
        assertThat(outside.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(outside.err()).contains("climate-city follow-up: --year: the year followed up must lie within the"
                + " document's data, 1990-2027, was 2040");
        assertThat(outside.hasNoStackTrace()).isTrue();
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void saysSoWhenTheDocumentHasNoIndicators(@TempDir Path tmp) throws IOException {
        ProgrammeDocument main = Documents.mainExample();
        // without indicators, and so without what refers to them: impact pathways and co-benefits' indicators
        org.climatecity.core.programme.Initiative initiative = main.initiatives().get(0);
        ProgrammeDocument without = new ProgrammeDocument(main.actors(), main.programmes(),
                List.of(initiative.withIndicators(List.of()).withPathways(List.of()).withActionPlans(
                        initiative.actionPlans().stream().map(plan -> new org.climatecity.core.action.ActionPlan(
                                plan.id(), plan.name(), plan.owners(), plan.adoptedYear(), plan.actions().stream()
                                        .map(a -> a.withCoBenefits(List.of())).toList())).toList())),
                main.inventories(), main.scenarios());
        Path file = CliRun.write(tmp.resolve("no-indicators.json"), without);
        CliRun none = CliRun.of("follow-up", file.toString(), "--year", "2025", "--out", tmp.toString());
        assertThat(none.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(none.err()).contains("no-indicators.json: a follow-up needs an initiative with indicators");
        assertThat(tmp.resolve("follow-up.html")).doesNotExist();
    }

    @Test
    void requiresTheYear() {
        CliRun missing = CliRun.of("follow-up");
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("--year");
    }
}
