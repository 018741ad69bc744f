package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.climatecity.examples.ExitCodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosCommandTest {

    @TempDir
    static Path dir;

    private static CliRun run;

    @BeforeAll
    static void compareTheScenariosOfTheEmbeddedDocument() {
        run = CliRun.of("scenarios", "--out", dir.toString());
    }

    @Test
    void printsTheTablesAndWritesThePageTheMarkdownAndAFanChartPerOwner() throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Scenarios", "Borlänge: scenarios", "Avesta: emissions per scenario (t CO2e)",
                "Borlänge, business as usual", "Avesta, with the joint action plan",
                "Borlänge: share of the business-as-usual gap the plan closes", "Scenarios: ");
        assertThat(dir.resolve("scenarios.html")).isRegularFile();
        assertThat(dir.resolve("scenarios-borlange.svg")).isRegularFile();
        assertThat(dir.resolve("scenarios-avesta.svg")).isRegularFile();
        String markdown = Files.readString(dir.resolve("scenarios.md"), StandardCharsets.UTF_8);
        assertThat(markdown).contains("](scenarios-borlange.svg)", "](scenarios-avesta.svg)");
        String svg = Files.readString(dir.resolve("scenarios-borlange.svg"), StandardCharsets.UTF_8);
        assertThat(svg).contains("central, low-high band", "target path: ");
    }

    @Test
    void pageIsSelfContainedWithTheFanChartsInline() throws IOException {
        Document page = Jsoup.parse(Files.readString(dir.resolve("scenarios.html"), StandardCharsets.UTF_8));
        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("figure > svg")).hasSize(2);
        assertThat(page.select("h2").eachText()).contains("Borlänge: scenarios", "Avesta: scenarios");
    }

    @Test
    void comparesOneOwnerWhenAsked(@TempDir Path tmp) {
        CliRun avesta = CliRun.of("scenarios", "--owner", "avesta", "--out", tmp.toString());
        assertThat(avesta.exit()).as(avesta.err()).isZero();
        assertThat(avesta.out()).contains("Scenarios of Avesta").doesNotContain("Borlänge: scenarios");
        assertThat(tmp.resolve("scenarios-avesta.svg")).isRegularFile();
        assertThat(tmp.resolve("scenarios-borlange.svg")).doesNotExist();
    }

    @Test
    void saysSoWhenTheOwnerHasNoScenarios(@TempDir Path tmp) {
        CliRun none = CliRun.of("scenarios", "--owner", "ssab", "--out", tmp.toString());
        assertThat(none.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(none.err()).contains("the document holds no scenarios of 'ssab'");
        assertThat(tmp.resolve("scenarios.html")).doesNotExist();
        CliRun bad = CliRun.of("scenarios", "--owner", "Not An Id", "--out", tmp.toString());
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--owner: ");
    }
}
