package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.climatecity.core.fixture.CanonicalScenario;
import org.junit.jupiter.api.Test;
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
        assertThat(run.err()).contains(file + ":/initiatives/0/twinPairings/0/twinCity: ")
                .containsPattern("invalid, \\d+ problems");
        assertThat(Files.exists(out)).isFalse();
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun run = CliRun.of("report", dir.resolve("none.json").toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot read " + dir.resolve("none.json") + ": no such file");
        assertThat(run.hasNoStackTrace()).isTrue();
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
