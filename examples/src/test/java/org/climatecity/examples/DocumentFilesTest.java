package org.climatecity.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.examples.cli.ExitCodes;
import org.climatecity.examples.cli.UserError;
import org.climatecity.serialization.ClimateCityDocuments;
import org.climatecity.serialization.DocumentFormat;
import org.junit.jupiter.api.Test;
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
        String yaml = DocumentFiles.write(DocumentFiles.read(json, true), DocumentFormat.YAML);
        Path yamlFile = Files.writeString(dir.resolve("a.yml"), yaml, StandardCharsets.UTF_8);
        DocumentFiles.Loaded loaded = DocumentFiles.read(yamlFile, true);
        assertThat(loaded.valid()).isTrue();
        assertThat(loaded.result().document()).isEqualTo(CanonicalScenario.document());
    }

    @Test
    void givesTheProblemsOfAnInvalidDocumentInsteadOfThrowing() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"schemaVersion\": \"1.0\"}", StandardCharsets.UTF_8);
        DocumentFiles.Loaded loaded = DocumentFiles.read(file, false);
        assertThat(loaded.valid()).isFalse();
        assertThat(loaded.result()).isNull();
        assertThat(loaded.problems()).isNotEmpty();
        assertThatThrownBy(() -> DocumentFiles.write(loaded, DocumentFormat.JSON))
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
}
