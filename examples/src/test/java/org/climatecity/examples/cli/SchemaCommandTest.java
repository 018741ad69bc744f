package org.climatecity.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.climatecity.serialization.ClimateCityDocuments;
import org.junit.jupiter.api.Test;
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
    void takesNoArguments() {
        CliRun run = CliRun.of("schema", "extra");
        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unmatched argument").contains("'extra'");
    }
}
