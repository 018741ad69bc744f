package org.climatecity.serialization.engine;

import java.io.File;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
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
    private static final String YAML_MODULE = "tools.jackson.dataformat.yaml";

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
     * @throws IllegalStateException if the YAML module is not available, with what the application must add
     */
    public static Pair yaml(Limits limits) {
        if (!yamlAvailable()) {
            throw new IllegalStateException(yamlMissing());
        }
        ObjectMapper mapper = YamlMappers.mapper(constraints(limits), errors(), limits.maxDocumentLength());
        return new Pair(mapper.tokenStreamFactory(), mapper::writer);
    }

    /**
     * Says what an application must add for YAML. On the module path this module requires the YAML module only
     * statically, so the YAML jar may well be there and still not be resolved: then the fix is a {@code requires} in
     * the application's {@code module-info.java}, not the path.
     */
    static String yamlMissing() {
        Module self = Mappers.class.getModule();
        if (!self.isNamed()) {
            return "YAML needs tools.jackson.dataformat:jackson-dataformat-yaml on the class path";
        }
        if (onModulePath(YAML_MODULE)) {
            return "YAML needs the module " + YAML_MODULE + ", which is on the module path but not resolved: add"
                    + " 'requires " + YAML_MODULE + ";' to the application's module-info.java (or run java with"
                    + " --add-modules " + YAML_MODULE + ")";
        }
        return "YAML needs the module " + YAML_MODULE + " (tools.jackson.dataformat:jackson-dataformat-yaml) on the"
                + " module path and 'requires " + YAML_MODULE + ";' in the application's module-info.java";
    }

    private static boolean onModulePath(String module) {
        String path = System.getProperty("jdk.module.path");
        if (path == null || path.isEmpty()) {
            return false;
        }
        try {
            Path[] entries = Arrays.stream(path.split(File.pathSeparator)).filter(entry -> !entry.isEmpty())
                    .map(Path::of).toArray(Path[]::new);
            return ModuleFinder.of(entries).find(module).isPresent();
        } catch (RuntimeException e) {
            // a path entry that is not a module (FindException, InvalidPathException): the message then names both
            return false;
        }
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
