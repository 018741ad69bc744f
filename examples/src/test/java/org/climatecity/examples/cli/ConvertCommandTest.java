package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    @TempDir
    Path dir;

    @Test
    void convertsJsonToYamlOnStandardOutput() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        CliRun run = CliRun.of("convert", file.toString(), "--to", "yaml");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("schemaVersion: ").contains("name: \"Klimatneutrala Borlänge\"")
                .doesNotContain("{\n");
    }

    @Test
    void roundTripsThroughYamlToTheSameJsonKeepingUnknownProperties() throws IOException {
        Path json = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        String withUnknown = Files.readString(json).replaceFirst("\\{", "{\n  \"x-newer-tool\": {\"note\": \"kept\"},");
        Files.writeString(json, withUnknown, StandardCharsets.UTF_8);
        Path yaml = dir.resolve("out/canonical.yaml");
        CliRun toYaml = CliRun.of("convert", json.toString(), "--to", "yaml", "-o", yaml.toString());
        assertThat(toYaml.exit()).isZero();
        assertThat(toYaml.err()).contains("wrote " + yaml);
        assertThat(Files.readString(yaml)).contains("x-newer-tool").contains("kept");
        CliRun back = CliRun.of("convert", yaml.toString(), "--to", "json");
        assertThat(back.exit()).isZero();
        assertThat(back.out()).contains("\"x-newer-tool\"").contains("\"kept\"");
        CliRun plain = CliRun.of("convert", json.toString(), "--to", "json");
        assertThat(back.out()).isEqualTo(plain.out());
    }

    @Test
    void escapesControlCharactersInJsonOnStandardOutputWithoutChangingTheDocument() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        // JSON escapes in the file: ESC, CSI (C1) and RIGHT-TO-LEFT OVERRIDE; JSON writers escape only the first
        String text = Files.readString(file).replace("Klimatneutrala Borlänge",
                "Klimatneutrala Borlänge \\u001b[31m\\u009b2J\\u202e");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("convert", file.toString(), "--to", "json");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Klimatneutrala Borlänge \\u001B[31m\\u009B2J\\u202E")
                .doesNotContain("\u001b", "\u009b", "\u202e");
        Path copy = Files.writeString(dir.resolve("copy.json"), run.out(), StandardCharsets.UTF_8);
        assertThat(DocumentFiles.read(copy, true).result().document())
                .isEqualTo(DocumentFiles.read(file, true).result().document());
    }

    @Test
    void refusesAnInvalidDocumentAndPrintsItsProblems() throws IOException {
        Path file = CliRun.write(dir.resolve("invalid.json"), CanonicalScenario.invalidVariant());
        CliRun run = CliRun.of("convert", file.toString(), "--to", "yaml");
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern(java.util.regex.Pattern.quote(file.toString())
                + ":\\d+:\\d+: /initiatives/0/twinPairings/0/twinCity: ");
    }

    @Test
    void requiresTheTargetFormat() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        CliRun run = CliRun.of("convert", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing required option: '--to=FORMAT'");
        assertThat(CliRun.of("convert", file.toString(), "--to", "xml").exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void underAFileSizeLimitKeepsTheEarlierFile() throws IOException, InterruptedException {
        Path file = CliProcess.embeddedDocument(dir.resolve("document.json"));
        Path victim = Files.writeString(dir.resolve("victim.yaml"), "the earlier file\n", StandardCharsets.UTF_8);
        // 32 blocks of 512 bytes: the YAML is about 60 kB
        CliProcess run = CliProcess.of("ulimit -f 32;", dir, "convert", file.toString(), "--to", "yaml", "-o",
                victim.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("climate-city convert: cannot write " + victim + ": File too large\n");
        assertThat(Files.readString(victim)).isEqualTo("the earlier file\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("document.json",
                    "victim.yaml");
        }
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void fullStandardOutputPrintsOneLineAndExitsTwo() throws IOException, InterruptedException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        CliProcess run = CliProcess.of("exec >/dev/full;", dir, "convert", file.toString(), "--to", "yaml");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("climate-city: cannot write to standard output: No space left on device\n");
    }

    @Test
    void replacesAnEarlierFile() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        Path victim = Files.writeString(dir.resolve("victim.yaml"), "the earlier file\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("convert", file.toString(), "--to", "yaml", "-o", victim.toString());
        assertThat(run.exit()).isZero();
        assertThat(Files.readString(victim)).startsWith("schemaVersion: ");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("canonical.json",
                    "victim.yaml");
        }
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun run = CliRun.of("convert", dir.resolve("none.yaml").toString(), "--to", "json");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("cannot read").contains("no such file");
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void writesALargeDocumentAsItGoesWithoutHoldingItAsOneString() throws IOException, InterruptedException {
        // 300,000 companies: 24 MB of JSON; held as one string it needed more than a 160 MB heap
        Path file = dir.resolve("large.json");
        try (java.io.Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"schemaVersion\":\"1.0\",\"actors\":[");
            for (int i = 0; i < 300_000; i++) {
                out.write((i == 0 ? "" : ",") + "{\"type\":\"company\",\"id\":\"c" + i + "\",\"name\":\"Company "
                        + i + "\",\"level\":\"local\"}");
            }
            out.write("],\"programme\":{\"name\":\"P\",\"climateNeutralityYear\":2030}}");
        }
        Path converted = dir.resolve("large.yaml");

        CliProcess toStandardOutput = CliProcess.of(List.of("-Xmx96m"), "", dir, "convert", file.toString(),
                "--to", "json");
        CliProcess toFile = CliProcess.of(List.of("-Xmx96m"), "", dir, "convert", file.toString(), "--to", "yaml",
                "-o", converted.toString());

        assertThat(toStandardOutput.exit()).as(toStandardOutput.err()).isZero();
        assertThat(toStandardOutput.out()).startsWith("{\n  \"schemaVersion\": \"1.0\",")
                .contains("\"id\": \"c299999\"");
        assertThat(toFile.exit()).as(toFile.err()).isZero();
        assertThat(Files.size(converted)).isGreaterThan(20_000_000L);
    }
}
