package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.examples.ExitCodes;
import org.climatecity.examples.report.ReportTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsOnAnyDocument() throws IOException {
        // the canonical scenario has two sample years of inventories only
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("report", file.toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains("[1/5] Reading and validating " + file);
        assertThat(out.resolve("report.html")).isRegularFile();
        assertThat(out.resolve("report.md")).isRegularFile();
        assertThat(run.out()).contains("Viable Cities member cities");
    }

    @Test
    void refusesAnInvalidDocumentWithItsProblems() throws IOException {
        Path file = CliRun.write(dir.resolve("invalid.json"), CanonicalScenario.invalidVariant());
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("report", file.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        // as validate prints them: FILE:LINE:COLUMN: POINTER: message
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(file.toString())
                        + ":\\d+:\\d+: /initiatives/0/twinPairings/0/twinCity: references unknown actor")
                .containsPattern("invalid, \\d+ problems");
        assertThat(Files.exists(out)).isFalse();
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void showsControlCharactersOfTheDocumentEscapedOnTheConsole() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        // JSON escapes in the file: ESC, BEL, CR, CSI (C1) and RIGHT-TO-LEFT OVERRIDE in every name that has these
        String hostile = " \\u001b]0;title\\u0007\\r\\u009b2J\\u202e";
        String text = Files.readString(file).replace("Klimatneutrala Borlänge", "Klimatneutrala Borlänge" + hostile)
                .replace("Household climate coaching", "Household climate coaching" + hostile);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("report", file.toString(), "--out", dir.resolve("report").toString());
        assertThat(run.exit()).isZero();
        String shown = "\\u001B]0;title\\u0007\\u000D\\u009B2J\\u202E";
        assertThat(run.out()).contains("Klimatneutrala Borlänge " + shown);
        assertThat(run.err()).contains("Scaling pilot 'Household climate coaching " + shown + "'");
        assertThat((run.out() + run.err()).replace(System.lineSeparator(), "\n"))
                .doesNotContain("\u001b", "\u0007", "\r", "\u009b", "\u202e");
        CliRun scale = CliRun.of("scale", file.toString());
        assertThat(scale.exit()).isZero();
        assertThat(scale.out()).contains("Household climate coaching " + shown);
        assertThat((scale.out() + scale.err()).replace(System.lineSeparator(), "\n"))
                .doesNotContain("\u001b", "\u0007", "\r", "\u009b", "\u202e");
    }

    @Test
    void documentWithoutInventoriesSaysSoInsteadOfPrintingAnEmptyTable() throws IOException {
        ProgrammeDocument canonical = CanonicalScenario.document();
        ProgrammeDocument document = new ProgrammeDocument(canonical.actors(), canonical.programmes(),
                canonical.initiatives(), List.of());
        Path file = CliRun.write(dir.resolve("no-inventories.json"), document);
        Path out = dir.resolve("report");
        CliRun run = CliRun.of("report", file.toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Trend against target (t CO2e per year)\n  " + ReportTables.NO_CITIES);
        assertThat(Files.readString(out.resolve("report.md"))).contains(ReportTables.NO_CITIES)
                .doesNotContain("| city |");
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun run = CliRun.of("report", dir.resolve("none.json").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot read " + dir.resolve("none.json") + ": no such file");
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void underAFileSizeLimitKeepsTheEarlierReportAsItWas() throws IOException, InterruptedException {
        Path file = CliProcess.embeddedDocument(dir.resolve("document.json"));
        Path out = Files.createDirectories(dir.resolve("report"));
        Files.writeString(out.resolve("report.md"), "the earlier report\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("report.html"), "<p>the earlier page</p>\n", StandardCharsets.UTF_8);
        // 32 blocks of 512 bytes: report.html with seven charts is far larger
        CliProcess run = CliProcess.of("ulimit -f 32;", dir, "report", file.toString(), "--out", out.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("climate-city report: cannot write the report to " + out
                + ": File too large\n");
        assertThat(Files.readString(out.resolve("report.md"))).isEqualTo("the earlier report\n");
        assertThat(Files.readString(out.resolve("report.html"))).isEqualTo("<p>the earlier page</p>\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("report.md",
                    "report.html");
        }
    }

    @Test
    void replacesAnEarlierReportAndLeavesOtherFilesAlone() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        Path out = Files.createDirectories(dir.resolve("report"));
        Files.writeString(out.resolve("report.md"), "the earlier report\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("notes.txt"), "mine\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("report", file.toString(), "--out", out.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(out.resolve("report.md"))).startsWith("# ");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("mine\n");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void unwritableOutputIsAUsageError() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        Path blocker = Files.writeString(dir.resolve("a-file"), "not a folder");
        CliRun run = CliRun.of("report", file.toString(), "--out", blocker.resolve("sub").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot write the report to " + blocker.resolve("sub"));
        assertThat(run.hasNoStackTrace()).isTrue();
    }
}
