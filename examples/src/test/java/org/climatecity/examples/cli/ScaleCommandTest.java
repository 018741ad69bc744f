package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.examples.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaleCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheReductionsPerStageOfTheFirstPilot() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        CliRun run = CliRun.of("scale", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("Pilot 'Household climate coaching': 0.050 / 0.100 / 0.200 t CO2e a year per resident")
                .contains("illustrative")
                .containsPattern("Borlänge and Avesta +\\| 2: Borlänge, Avesta +\\| 2 \\(74,488 residents\\)")
                .containsPattern("Dalarna +\\| 15: ")
                .containsPattern("total +\\|");
    }

    @Test
    void writesTheTableTheFiguresAndTheChart() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        Path out = dir.resolve("scaling");
        CliRun run = CliRun.of("scale", file.toString(), "--pilot", "household-climate-coaching", "--out",
                out.toString());
        assertThat(run.exit()).isZero();
        assertThat(out.resolve("scaling.md")).isRegularFile();
        assertThat(out.resolve("scaling.svg")).isRegularFile();
        // 4 stages x 21 years (2025 to 2045) and a header; pilot stage 2030: 74,488 residents x 0.1 t x 0.3
        assertThat(Files.readAllLines(out.resolve("scaling.csv"))).hasSize(1 + 4 * 21)
                .contains("\"Borlänge and Avesta\",2030,1117.3,2234.6,4469.3");
    }

    @Test
    void unknownPilotExitsOneNamingTheKnownPilots() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        CliRun run = CliRun.of("scale", file.toString(), "--pilot", "no-such-pilot");
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).contains("the document has no pilot 'no-such-pilot'; its pilots:"
                + " household-climate-coaching");
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void malformedPilotIdIsAUsageError() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        CliRun run = CliRun.of("scale", file.toString(), "--pilot", "Not A Slug");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--pilot: ");
    }

    @Test
    void invalidDocumentExitsOneAndItsReadingStepSaysInvalidNotDone() throws IOException {
        Path file = CliRun.write(dir.resolve("invalid.json"), CanonicalScenario.invalidVariant());
        CliRun run = CliRun.of("scale", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: /")
                .containsPattern("\\[1/2\\] Reading and validating " + java.util.regex.Pattern.quote(file.toString())
                        + " \\.\\.\\. invalid in \\d+ ms")
                .doesNotContain("done");
    }
}
