package org.climatecity.benchmarks.baseline;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import org.climatecity.serialization.ClimateCityDocuments;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Java user would pick instead of the library to check a document: parse the bytes into a JSON tree and
 * validate it against the published JSON Schema with {@code com.networknt:json-schema-validator} (draft 2020-12, its
 * defaults). It checks less than the library does: no rule across objects, no registry, no model built.
 *
 * @since 0.1.0
 */
public final class SchemaValidation {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ClimateCityDocuments.jsonSchema());

    private SchemaValidation() {
    }

    /**
     * Parses a document and validates it against the published schema.
     *
     * @param json the document's bytes, not null
     * @return the schema's errors, empty for a valid document
     */
    public static List<Error> validate(byte[] json) {
        return SCHEMA.validate(MAPPER.readTree(json));
    }
}
