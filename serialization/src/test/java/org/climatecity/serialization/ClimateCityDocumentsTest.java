package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClimateCityDocumentsTest {

    private final ClimateCityDocuments documents = ClimateCityDocuments.defaults();
    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void roundTripsTheCanonicalScenarioThroughAString() {
        String json = documents.writeToString(canonical);
        assertThat(documents.read(json).document()).isEqualTo(canonical);
    }

    @Test
    void writesSchemaVersionFirst() {
        assertThat(documents.writeToString(canonical))
                .startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"dataSources\": [\n    {\n      \"id\": ");
        assertThat(ClimateCityDocuments.builder().pretty(false).build().writeToString(canonical))
                .startsWith("{\"schemaVersion\":\"1.0\",\"dataSources\":[{\"id\":");
        assertThat(documents.writeToString(new ProgrammeDocument(List.of(), List.of(), List.of(), List.of())))
                .isEqualTo("{\n  \"schemaVersion\": \"1.0\"\n}\n");
    }

    @Test
    void writingTwiceGivesTheSameBytes() {
        assertThat(documents.writeToBytes(canonical)).isEqualTo(documents.writeToBytes(canonical));
        assertThat(new String(documents.writeToBytes(canonical), StandardCharsets.UTF_8))
                .isEqualTo(documents.writeToString(canonical));
    }

    @Test
    void roundTripsThroughStreamsReadersAndFiles(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        documents.write(canonical, bytes);
        assertThat(documents.read(new ByteArrayInputStream(bytes.toByteArray())).document()).isEqualTo(canonical);

        StringWriter text = new StringWriter();
        documents.write(canonical, text);
        assertThat(documents.read(new StringReader(text.toString())).document()).isEqualTo(canonical);

        Path file = dir.resolve("canonical.json");
        documents.write(canonical, file);
        assertThat(documents.readDocument(file)).isEqualTo(canonical);
        assertThat(Files.readString(file)).isEqualTo(text.toString());
    }

    @Test
    void writingAFileReplacesItWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("plan.json"), "x".repeat(1_000_000));
        documents.write(canonical, file);
        assertThat(Files.readString(file)).isEqualTo(documents.writeToString(canonical));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void aReplacedFileKeepsItsPermissionsAndANewFileGetsTheUsualOnes(@TempDir Path dir) throws Exception {
        var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Path replaced = Files.writeString(dir.resolve("shared.json"), "old");
        Files.setPosixFilePermissions(replaced, shared);
        Path created = dir.resolve("new.json");
        Path usual = Files.createFile(dir.resolve("usual.txt"));

        documents.write(canonical, replaced);
        documents.write(canonical, created);

        assertThat(Files.getPosixFilePermissions(replaced)).isEqualTo(shared);
        // as any new file of the process, not the owner-only permissions of a temporary file
        assertThat(Files.getPosixFilePermissions(created)).isEqualTo(Files.getPosixFilePermissions(usual));
    }

    @Test
    void aFailedFileWriteKeepsWhatWasThere(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("plan.json"));
        Path kept = Files.writeString(target.resolve("keep.txt"), "kept");
        assertThatThrownBy(() -> documents.write(canonical, target)).isInstanceOf(java.io.IOException.class);
        assertThat(Files.readString(kept)).isEqualTo("kept");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void compactOutputHasNoWhiteSpaceOutsideStrings() {
        String compact = ClimateCityDocuments.builder().pretty(false).build().writeToString(canonical);
        assertThat(compact).doesNotContain("\n").doesNotContain("\": ");
        assertThat(documents.read(compact).document()).isEqualTo(canonical);
    }
}
