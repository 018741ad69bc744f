package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.climatecity.examples.ExitCodes;
import org.climatecity.serialization.ClimateCityDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaCommandTest {

    @Test
    void printsThePublishedJsonSchema() {
        CliRun run = CliRun.of("schema");
        assertThat(run.exit()).isZero();
        JsonNode schema = JsonMapper.builder().build().readTree(run.out());
        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).isEqualTo(ClimateCityDocuments.SCHEMA_ID);
        assertThat(run.out().strip()).isEqualTo(ClimateCityDocuments.jsonSchema().strip());
        assertThat(run.err()).isEmpty();
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void fullStandardOutputPrintsOneLineAndExitsTwo(@TempDir Path dir) throws Exception {
        CliProcess run = CliProcess.of("exec >/dev/full;", dir, "schema");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("climate-city: cannot write to standard output: No space left on device\n");
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun run = CliRun.of("schema", "--help");
        assertThat(run.exit()).isZero();
        // picocli wraps the help at 80 columns
        assertThat(run.out().replaceAll("\\s+", " ")).contains("Exits 0 on success, 2 on a usage error or when"
                + " standard output cannot be written, 70 on an internal error.");
    }

    @Test
    void takesNoArguments() {
        CliRun run = CliRun.of("schema", "extra");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unmatched argument").contains("'extra'");
    }
}
