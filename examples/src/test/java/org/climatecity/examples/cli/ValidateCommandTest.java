package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.examples.ExitCodes;
import org.climatecity.serialization.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void exitsZeroAndSaysSoForAValidDocument() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(file + ": valid" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void printsEveryProblemAsFileLineColumnPointerAndMessageAndExitsOne() throws IOException {
        Path file = CliRun.write(dir.resolve("invalid.json"), CanonicalScenario.invalidVariant());
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        // rule violations found after binding have the position of the object they point into, as syntax problems do
        assertThat(run.out().lines()).hasSizeGreaterThanOrEqualTo(7)
                .allSatisfy(line -> assertThat(line).matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: /\\S*: .+"))
                .anySatisfy(line -> assertThat(line).matches(Pattern.quote(file.toString())
                        + ":\\d+:\\d+: /initiatives/0/twinPairings/0/twinCity: .+"));
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void reportsSyntaxErrorsWithAPointer() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), "{\"schemaVersion\": \"1.0\", \"actors\": [",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).startsWith(file + ":");
        assertThat(run.out().strip()).isEqualTo(file + ":1:37: /actors: Unexpected end-of-input: expected close marker"
                + " for Array");
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void readsADocumentUpToTheSizeGivenAndNamesTheOptionWhenOver() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        CliRun over = CliRun.of("validate", "--max-document-size", "1KiB", file.toString());
        assertThat(over.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(over.out().strip()).startsWith(file + ": file is ").endsWith(", larger than the 1024 bytes a"
                + " document may have; raise the limit with --max-document-size SIZE, such as --max-document-size"
                + " 1MiB");
        CliRun raised = CliRun.of("validate", "--max-document-size", "1MiB", file.toString());
        assertThat(raised.exit()).isZero();
        assertThat(raised.out()).isEqualTo(file + ": valid" + System.lineSeparator());
        CliRun wrong = CliRun.of("validate", "--max-document-size", "1GB", file.toString());
        assertThat(wrong.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrong.err()).contains("--max-document-size").contains("'1GB' is not a size");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void readsTheStandardInputUpToTheSizeGivenAndNamesTheOptionWhenOver() throws Exception {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        // a pipe has no size: it is read up to the limit
        CliProcess over = CliProcess.of("cat " + file + " |", dir, "validate", "--max-document-size", "1KiB",
                "/dev/stdin");
        assertThat(over.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(over.out().strip()).isEqualTo("/dev/stdin: input is longer than the 1024 bytes a document may"
                + " have; raise the limit with --max-document-size SIZE");
        // a file given as the standard input is refused by its size, as when named
        CliProcess redirected = CliProcess.of("exec <" + file + ";", dir, "validate", "--max-document-size", "1KiB",
                "/dev/stdin");
        assertThat(redirected.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(redirected.out().strip()).startsWith("/dev/stdin: file is ").endsWith("raise the limit with"
                + " --max-document-size SIZE, such as --max-document-size 1MiB");
        CliProcess raised = CliProcess.of("cat " + file + " |", dir, "validate", "--max-document-size", "1MiB",
                "/dev/stdin");
        assertThat(raised.exit()).isZero();
        assertThat(raised.out().strip()).isEqualTo("/dev/stdin: valid");
    }

    @Test
    void printsProblemsAsJsonOnRequest() throws IOException {
        Path valid = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        Path invalid = CliRun.write(dir.resolve("invalid.json"), CanonicalScenario.invalidVariant());
        CliRun run = CliRun.of("validate", "--format", "json", valid.toString(), invalid.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("files")).hasSize(2);
        assertThat(json.get("files").get(0).get("valid").asBoolean()).isTrue();
        assertThat(json.get("files").get(0).get("problems")).isEmpty();
        JsonNode problem = json.get("files").get(1).get("problems").get(0);
        assertThat(problem.get("pointer").asString()).startsWith("/");
        assertThat(problem.get("code").asString()).isNotBlank();
        assertThat(problem.get("message").asString()).isNotBlank();
    }

    @Test
    void keepsUnknownPropertiesUnlessStrict() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        String text = Files.readString(file).replaceFirst("\\{", "{\"futureField\": 1,");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        assertThat(CliRun.of("validate", file.toString()).exit()).isZero();
        CliRun strict = CliRun.of("validate", "--strict", file.toString());
        assertThat(strict.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(strict.out()).containsPattern(Pattern.quote(file.toString()) + ":1:\\d+: /futureField: ");
    }

    @Test
    void problemOfTheWholeDocumentHasNoPointer() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.yaml"), "", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out().strip()).matches(Pattern.quote(file.toString()) + "(:\\d+:\\d+)?: document is empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/actors/1/code | 12 | 9 | f.json:12:9: /actors/1/code: bad",
        "/actors/1/code | 0  | 0 | f.json: /actors/1/code: bad",
        "''             | 1  | 1 | f.json:1:1: bad",
        "''             | 0  | 0 | f.json: bad"})
    void formatsAProblemAsCompilersDo(String pointer, int line, int column, String text) {
        assertThat(DocumentFiles.problemLine("f.json", new Problem(pointer, "code", "bad", line, column))).isEqualTo(text);
    }

    @Test
    void hugeFileIsInvalidWithOneLineAndNoStackTrace() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out().lines()).singleElement()
                .isEqualTo(file + ": file is 3.0 GiB, larger than the 64 MiB a document may have; raise the limit"
                        + " with --max-document-size SIZE, such as --max-document-size 3GiB");
        assertThat(run.err()).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void endlessDeviceIsRefusedWithOneLineAndNoStackTrace() {
        CliRun run = CliRun.of("validate", "/dev/zero");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("/dev/zero: is not a regular file");
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void showsControlCharactersOfTheDocumentEscaped() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        // JSON escapes in the file: ESC, BEL, CR and RIGHT-TO-LEFT OVERRIDE in a municipality code
        String text = Files.readString(file).replace("\"code\": \"2081\"",
                "\"code\": \"20\\u001b[2J\\u0007\\r\\u202e81\"");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(run.out()).contains("20\\u001B[2J\\u0007\\u000D\\u202E81");
        assertThat((run.out() + run.err()).replace(System.lineSeparator(), "\n"))
                .doesNotContain("\u001b", "\u0007", "\r", "\u202e");
        CliRun json = CliRun.of("validate", "--format", "json", file.toString());
        assertThat(json.out()).contains("20\\u001B[2J\\u0007\\r\\u202E81").doesNotContain("\u202e");
    }

    @Test
    void missingFileIsAUsageErrorWithOneClearMessage() {
        Path missing = dir.resolve("missing.json");
        CliRun run = CliRun.of("validate", missing.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("climate-city validate: cannot read " + missing + ": no such file"
                + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void withoutFilesIsAUsageError() {
        CliRun run = CliRun.of("validate");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'")
                .contains("Try 'climate-city validate --help'");
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Path file = CliRun.write(dir.resolve("canonical.json"), CanonicalScenario.document());
        CliRun run = CliRun.of("validate", "--format", "xml", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--format").contains("xml");
    }

    @Test
    void showsHelp() {
        CliRun run = CliRun.of("validate", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Usage: climate-city validate", "--strict", "--format");
    }
}
