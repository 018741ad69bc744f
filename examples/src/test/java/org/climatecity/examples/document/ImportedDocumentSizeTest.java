package org.climatecity.examples.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.interop.klimatkollen.KlimatkollenImporter;
import org.climatecity.serialization.ClimateCityDocuments;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Klimatkollen's real file, read from the shared folder beside the project (not copied in), imported and written as a
 * document: each data source is declared once, and the reader and the published schema accept the document.
 */
class ImportedDocumentSizeTest {

    private static final Path KLIMATKOLLEN = Path.of("../../shared/interop/klimatkollen/climate-data.json");

    @Test
    void declaresEachSourceOnceAndIsReadBackAndValidAgainstTheSchema() throws IOException {
        assertThat(KLIMATKOLLEN).as("the shared real data beside the project").isRegularFile();
        ProgrammeDocument imported = KlimatkollenImporter.read(KLIMATKOLLEN).document();
        ClimateCityDocuments documents = ClimateCityDocuments.defaults();
        byte[] written = documents.writeToBytes(imported);
        JsonNode tree = JsonMapper.builder().build().readTree(written);
        // the sources' properties stand only in their declarations: 30,982 publishers were written before
        assertThat(tree.findValues("publisher")).hasSize(tree.get("dataSources").size());
        assertThat(tree.get("dataSources").size()).isEqualTo(2);
        // 19,866,075 bytes (25.05 times the input) with each source written out in full, 13,566,437 now
        assertThat((double) written.length / Files.size(KLIMATKOLLEN)).isLessThan(18);
        assertThat(documents.read(written).document()).isEqualTo(imported);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ClimateCityDocuments.jsonSchema());
        assertThat(schema.validate(tree)).isEmpty();
    }
}
