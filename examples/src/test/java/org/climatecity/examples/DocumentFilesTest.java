package org.climatecity.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.serialization.ClimateCityDocuments;
import org.climatecity.serialization.DocumentFormat;
import org.climatecity.serialization.Problem;
import org.climatecity.serialization.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentFilesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"plan.json, JSON", "plan.yaml, YAML", "PLAN.YML, YAML", "plan.txt, JSON", "plan, JSON"})
    void choosesTheFormatByExtension(String name, DocumentFormat format) {
        assertThat(DocumentFiles.formatOf(Path.of(name))).isEqualTo(format);
    }

    @Test
    void readsTheEmbeddedDocument() {
        DocumentFiles.Loaded loaded = DocumentFiles.readEmbedded();
        assertThat(loaded.valid()).isTrue();
        assertThat(loaded.source()).isEqualTo(DocumentFiles.EMBEDDED_NAME);
        assertThat(loaded.result().document().initiatives()).hasSize(1);
    }

    @Test
    void readsAYamlFileWrittenFromJson() throws IOException {
        Path json = Files.writeString(dir.resolve("a.json"),
                ClimateCityDocuments.defaults().writeToString(CanonicalScenario.document()), StandardCharsets.UTF_8);
        Path yamlFile = dir.resolve("a.yml");
        try (var out = Files.newOutputStream(yamlFile)) {
            DocumentFiles.write(DocumentFiles.read(json, true), DocumentFormat.YAML, out);
        }
        DocumentFiles.Loaded loaded = DocumentFiles.read(yamlFile, true);
        assertThat(loaded.valid()).isTrue();
        assertThat(loaded.result().document()).isEqualTo(CanonicalScenario.document());
    }

    @Test
    void givesTheProblemsOfAnInvalidDocumentInsteadOfThrowing() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": \"1.0\", \"programmes\": 5}",
                StandardCharsets.UTF_8);
        DocumentFiles.Loaded loaded = DocumentFiles.read(file, false);
        assertThat(loaded.valid()).isFalse();
        assertThat(loaded.result()).isNull();
        assertThat(loaded.problems()).isNotEmpty();
        assertThatThrownBy(() -> DocumentFiles.write(loaded, DocumentFormat.JSON,
                java.io.OutputStream.nullOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("only a valid document can be written, " + file + " has ");
    }

    @Test
    void missingFileOrFolderIsAUsageError() {
        assertThatThrownBy(() -> DocumentFiles.read(dir.resolve("none.json"), false))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessage("cannot read " + dir.resolve("none.json") + ": no such file");
        assertThatThrownBy(() -> DocumentFiles.read(dir, false))
                .isInstanceOf(UserError.class).hasMessage(dir + ": is a folder, not a document");
    }

    @ParameterizedTest
    @CsvSource({"huge.json", "huge.yaml"})
    void refusesAFileOverTheLengthLimitBySizeWithoutReadingIt(String name) throws IOException {
        // a sparse file: 3 GiB long, no disk used; reading it whole used to end in an OutOfMemoryError
        Path file = dir.resolve(name);
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }
        DocumentFiles.Loaded loaded = DocumentFiles.read(file, false);
        assertThat(loaded.valid()).isFalse();
        assertThat(loaded.problems()).containsExactly(new Problem("", Problem.LIMIT_EXCEEDED,
                "file is 3.0 GiB, larger than the 64 MiB a document may have; raise the limit with"
                        + " --max-document-size SIZE, such as --max-document-size 3GiB", 0, 0));
    }

    @ParameterizedTest
    @CsvSource({"1048577, 2MiB", "67108865, 65MiB", "1073741824, 1024MiB", "1073741825, 2GiB", "468344832, 447MiB"})
    void suggestsALimitAboveTheFileSize(long size, String suggested) {
        assertThat(DocumentFiles.suggestedLimit(size)).isEqualTo(suggested);
    }

    @Test
    void readsAStreamOnlyUpToTheLengthLimit() throws IOException {
        // an endless stream of spaces: only a streaming reader with a limit comes back from it (JSON only: SnakeYAML
        // takes minutes over 64 MiB of spaces, the YAML limit is checked by the serialization module's tests)
        Endless spaces = new Endless();
        DocumentFiles.Loaded loaded = DocumentFiles.read("endless", spaces, DocumentFormat.JSON, false);
        assertThat(loaded.valid()).isFalse();
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(p.message()).isEqualTo("input is longer than the 64 MiB a document may have; raise the limit"
                    + " with --max-document-size SIZE");
        });
        assertThat(spaces.read).isLessThan(ReadLimits.DEFAULT.maxDocumentLength() + (1 << 20));
    }

    @Test
    void readsAStreamUpToARaisedLimitAndKeepsTheParsersOtherLimitsMessages() throws IOException {
        Endless spaces = new Endless();
        DocumentFiles.Loaded loaded = DocumentFiles.read("endless", spaces, DocumentFormat.JSON, false,
                ReadLimits.DEFAULT.withMaxDocumentLength(2 << 20));
        assertThat(loaded.problems()).singleElement().extracting(Problem::message).asString()
                .contains("longer than the 2 MiB");
        assertThat(spaces.read).isBetween(2L << 20, 3L << 20);

        // a string past its own limit in a short document is that limit's problem, not the document length's
        byte[] longString = ("{\"schemaVersion\": \"" + "x".repeat(2 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
        DocumentFiles.Loaded string = DocumentFiles.read("string", new java.io.ByteArrayInputStream(longString),
                DocumentFormat.JSON, false, ReadLimits.DEFAULT);
        assertThat(string.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(Problem.LIMIT_EXCEEDED);
            assertThat(p.message()).doesNotContain("--max-document-size");
        });
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void refusesADeviceThatNeverEndsBeforeOpeningIt() {
        assertThatThrownBy(() -> DocumentFiles.read(Path.of("/dev/zero"), false)).isInstanceOf(UserError.class)
                .hasMessage("/dev/zero: is not a regular file (a pipe, a device or a socket); give a document file,"
                        + " or /dev/stdin for the standard input");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void refusesAPipeWithoutAWriterInsteadOfWaitingForever() throws Exception {
        Path fifo = dir.resolve("document.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        UserError error = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> catchThrowableOfType(UserError.class, () -> DocumentFiles.read(fifo, false)));
        assertThat(error.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(error.getMessage()).startsWith(fifo + ": is not a regular file");
    }

    @ParameterizedTest
    @CsvSource({"600 MiB, 629145600", "3.0 GiB, 3221225472", "12 GiB, 12884901888", "64 MiB, 67108864",
        "1000 bytes, 1000"})
    void writesSizesInBinaryUnits(String text, long size) {
        assertThat(DocumentFiles.bytes(size)).isEqualTo(text);
    }

    @Test
    void describesIoErrorsInAFewWords() {
        assertThat(DocumentFiles.describe(new NoSuchFileException("x"))).isEqualTo("no such file");
        assertThat(DocumentFiles.describe(new AccessDeniedException("x"))).isEqualTo("permission denied");
        assertThat(DocumentFiles.describe(new IOException("disk full"))).isEqualTo("disk full");
        assertThat(DocumentFiles.describe(new IOException())).isEqualTo("IOException");
    }

    @Test
    void printsTheSchemaOfTheSerializationLibrary() {
        assertThat(DocumentFiles.schema()).isEqualTo(ClimateCityDocuments.jsonSchema());
    }

    /** An endless stream of spaces that counts what was read. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            read += length;
            return length;
        }
    }
}
