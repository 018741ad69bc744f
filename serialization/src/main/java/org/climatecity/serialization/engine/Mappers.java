package org.climatecity.serialization.engine;

import java.util.function.Supplier;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the Jackson mappers the facade reads and writes with: limits as stream constraints, messages that quote
 * at most 40 characters of the input, sources and targets never closed, and the output style of the format.
 *
 * <p>This class refers to no YAML class, so it loads without the optional YAML module; {@link YamlMappers} does.
 */
public final class Mappers {

    /**
     * A factory to create parsers with, and the writer to create generators with, built on first use: reading needs
     * only the streaming factory, and building a mapper loads many classes that a read never uses.
     *
     * @param parsers the factory of parsers
     * @param writer builds the writer, with the output style; called at most once
     */
    public record Pair(TokenStreamFactory parsers, Supplier<ObjectWriter> writer) {
    }

    /**
     * The limits of a read, as stream constraints.
     *
     * @param maxNestingDepth the deepest nesting
     * @param maxDocumentLength the longest document in bytes or characters
     * @param maxStringLength the longest string
     * @param maxNameLength the longest property name
     * @param maxNumberLength the longest number
     */
    public record Limits(int maxNestingDepth, long maxDocumentLength, int maxStringLength, int maxNameLength,
            int maxNumberLength) {
    }

    private static final String YAML_FACTORY = "tools.jackson.dataformat.yaml.YAMLFactory";

    private Mappers() {
    }

    /**
     * Checks if the optional YAML module is on the class or module path.
     *
     * @return true when YAML can be read and written
     */
    public static boolean yamlAvailable() {
        try {
            Class.forName(YAML_FACTORY, false, Mappers.class.getClassLoader());
            // the YAML module needs SnakeYAML Engine too
            Class.forName("org.snakeyaml.engine.v2.api.LoadSettings", false, Mappers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Builds the JSON mapper and writer.
     *
     * @param limits the read limits
     * @param pretty true for indented output
     * @return the pair
     */
    public static Pair json(Limits limits, boolean pretty) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints(limits))
                .errorReportConfiguration(errors())
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        return new Pair(factory, () -> jsonWriter(factory, pretty));
    }

    private static ObjectWriter jsonWriter(JsonFactory factory, boolean pretty) {
        ObjectMapper mapper = JsonMapper.builder(factory).disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .build();
        if (!pretty) {
            return mapper.writer();
        }
        // two spaces, "\n" on every platform, and "name": value without a space before the colon
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return mapper.writer().with(printer);
    }

    /**
     * Builds the YAML mapper and writer.
     *
     * @param limits the read limits
     * @return the pair
     * @throws IllegalStateException if the YAML module is not available
     */
    public static Pair yaml(Limits limits) {
        if (!yamlAvailable()) {
            throw new IllegalStateException("YAML needs tools.jackson.dataformat:jackson-dataformat-yaml on the"
                    + " class or module path");
        }
        ObjectMapper mapper = YamlMappers.mapper(constraints(limits), errors(), limits.maxDocumentLength());
        return new Pair(mapper.tokenStreamFactory(), mapper::writer);
    }

    private static StreamReadConstraints constraints(Limits limits) {
        return StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxDocumentLength(limits.maxDocumentLength())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
    }

    private static ErrorReportConfiguration errors() {
        // messages quote at most 40 characters of the input
        return ErrorReportConfiguration.builder().maxErrorTokenLength(40).maxRawContentLength(40).build();
    }
}
