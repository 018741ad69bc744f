package org.climatecity.serialization.engine;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Builds the YAML mapper; loaded only when YAML is asked for, as the YAML module is an optional dependency. */
final class YamlMappers {

    private YamlMappers() {
    }

    static ObjectMapper mapper(StreamReadConstraints constraints, ErrorReportConfiguration errors,
            long maxDocumentLength) {
        // SnakeYAML Engine counts code points itself; aliases are limited to defeat "billion laughs" expansion
        LoadSettings settings = LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxDocumentLength))
                .setMaxAliasesForCollections(10)
                .setAllowDuplicateKeys(true)
                .build();
        YAMLFactory factory = YAMLFactory.builder()
                .loadSettings(settings)
                .streamReadConstraints(constraints)
                .errorReportConfiguration(errors)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .build();
        return YAMLMapper.builder(factory).disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();
    }
}
