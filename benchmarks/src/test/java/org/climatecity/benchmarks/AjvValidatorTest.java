package org.climatecity.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.climatecity.serialization.ClimateCityDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline of the figures against ajv installs with npm and really validates: the embedded document passes, a
 * document with a wrong type fails. Node and npm are on every developer machine and in CI, where this test runs.
 */
class AjvValidatorTest {

    @TempDir
    static Path folder;

    private static AjvValidator.Prepared prepared;

    @BeforeAll
    static void install() {
        System.setProperty(AjvValidator.DIRECTORY_PROPERTY, folder.resolve("ajv").toString());
        prepared = AjvValidator.prepare();
    }

    @AfterAll
    static void clear() {
        System.clearProperty(AjvValidator.DIRECTORY_PROPERTY);
    }

    @Test
    void installsAjvAndNamesTheNodeVersion() {
        assertThat(prepared.validator()).as(prepared.note()).isPresent();
        assertThat(prepared.note()).startsWith("Node v");
        assertThat(folder.resolve("ajv/node_modules/ajv-formats")).isDirectory();
    }

    @Test
    void acceptsTheEmbeddedDocumentAndRejectsAWrongType() throws Exception {
        Path schema = Files.writeString(folder.resolve("schema.json"), ClimateCityDocuments.jsonSchema());
        String embedded;
        try (InputStream in = AjvValidatorTest.class.getResourceAsStream(
                "/org/climatecity/examples/borlange-avesta-dalarna.json")) {
            embedded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path valid = Files.writeString(folder.resolve("valid.json"), embedded);
        Path invalid = Files.writeString(folder.resolve("invalid.json"),
                embedded.replaceFirst("\"schemaVersion\"\\s*:\\s*\"[^\"]*\"", "\"schemaVersion\": 1"));
        AjvValidator ajv = prepared.validator().orElseThrow();

        assertThat(exit(ajv.command(schema, valid))).isZero();
        assertThat(exit(ajv.command(schema, invalid))).isEqualTo(1);
    }

    private static int exit(List<String> command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
