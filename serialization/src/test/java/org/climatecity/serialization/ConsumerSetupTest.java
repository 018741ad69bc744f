package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Validation;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.climatecity.core.document.ProgrammeDocument;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

/**
 * Uses the library as another project does, in a JVM of its own: a small application reads a document with a
 * violation of a rule, and asks for YAML, with the libraries a user adds (core, serialization, Jackson, the Jakarta
 * Validation API, JSpecify) and without the optional YAML module. The rules are checked without a Jakarta Validation
 * provider; one on the path (Hibernate Validator with Expressly) is not used and stays quiet.
 *
 * <p>On the module path, validation once failed with {@code HV000183} (no expression language unless
 * {@code --add-modules jakarta.el}); without the YAML jar, asking for YAML once failed with a
 * {@code NoClassDefFoundError}; and Hibernate Validator's start-up line appeared on standard error.
 */
class ConsumerSetupTest {

    private static final String MAIN = """
            package consumer;

            import java.nio.file.Path;
            import org.climatecity.serialization.ClimateCityDocuments;
            import org.climatecity.serialization.DocumentFormat;
            import org.climatecity.serialization.DocumentReadException;

            public class Main {
                public static void main(String[] args) throws Exception {
                    try {
                        ClimateCityDocuments.defaults().read(Path.of(args[0]));
                        System.out.println("read without problems");
                    } catch (DocumentReadException e) {
                        e.problems().forEach(System.out::println);
                    }
                    try {
                        ClimateCityDocuments yaml = ClimateCityDocuments.builder().format(DocumentFormat.YAML).build();
                        yaml.read("schemaVersion: \\"1.0\\"\\nx: &vc Viable Cities\\nprogrammes:\\n  - name: *vc\\n"
                                + "    climateNeutralityYear: 2030\\n");
                        System.out.println("YAML read an alias");
                    } catch (DocumentReadException e) {
                        e.problems().forEach(System.out::println);
                    } catch (IllegalStateException e) {
                        System.out.println("YAML: " + e.getMessage());
                    }
                }
            }
            """;

    private static final String MODULE = """
            module climatecity.consumer {
                requires org.climatecity.serialization;
            }
            """;

    @TempDir
    static Path work;

    private static List<Path> libraries;
    /** Hibernate Validator, what it needs and an expression language: a provider a user may have on the path. */
    private static List<Path> provider;
    private static Path classes;
    private static Path document;

    @BeforeAll
    static void compileTheApplication() throws Exception {
        libraries = new ArrayList<>();
        for (Class<?> type : List.of(ProgrammeDocument.class, ClimateCityDocuments.class, JsonParser.class,
                ObjectMapper.class, JsonProperty.class, Validation.class, Nullable.class)) {
            libraries.add(location(type));
        }
        provider = new ArrayList<>();
        for (String type : List.of("org.hibernate.validator.HibernateValidator", "org.jboss.logging.Logger",
                "com.fasterxml.classmate.TypeResolver", "jakarta.el.ExpressionFactory",
                "org.glassfish.expressly.ExpressionFactoryImpl")) {
            provider.add(location(Class.forName(type)));
        }
        Path sources = Files.createDirectories(work.resolve("src/consumer"));
        Files.writeString(sources.resolve("Main.java"), MAIN);
        Files.writeString(work.resolve("src/module-info.java"), MODULE);
        classes = work.resolve("classes");
        Run javac = run(List.of(tool("javac"), "-d", classes.toString(), "--module-path", path(libraries),
                work.resolve("src/module-info.java").toString(), sources.resolve("Main.java").toString()));
        assertThat(javac.status()).as("javac: %s", javac.err()).isZero();
        document = work.resolve("unknown-actor.json");
        Files.writeString(document, InvalidDocumentsTest.change("'twinCity': 'avesta'", "'twinCity': 'avesta2'"));
    }

    @Test
    void readsAndValidatesOnTheModulePathWithoutYaml() throws Exception {
        expectProblemsAndAQuietStart(run(List.of(tool("java"), "-Xshare:auto", "--module-path",
                path(Stream.concat(Stream.of(classes), libraries.stream()).toList()),
                "-m", "climatecity.consumer/consumer.Main", document.toString())));
    }

    /** A provider on the path is not booted by the library's own validation, so it stays quiet too. */
    @Test
    void readsAndValidatesTheSameWithAProviderOnThePath() throws Exception {
        List<Path> withProvider = Stream.of(List.of(classes), libraries, provider).flatMap(List::stream).toList();
        expectProblemsAndAQuietStart(run(List.of(tool("java"), "-Xshare:auto", "--module-path", path(withProvider),
                "-m", "climatecity.consumer/consumer.Main", document.toString())));
        expectProblemsAndAQuietStart(run(List.of(tool("java"), "-Xshare:auto", "-cp", path(withProvider),
                "consumer.Main", document.toString())));
    }

    /** With the YAML jars, which the application adds to the modules it resolves, as it does not require them. */
    @Test
    void readsYamlOnTheModulePath() throws Exception {
        List<Path> withYaml = new ArrayList<>(libraries);
        withYaml.add(location(Class.forName("tools.jackson.dataformat.yaml.YAMLFactory")));
        withYaml.add(location(Class.forName("org.snakeyaml.engine.v2.api.LoadSettings")));
        Run run = run(List.of(tool("java"), "-Xshare:auto", "--module-path",
                path(Stream.concat(Stream.of(classes), withYaml.stream()).toList()),
                "--add-modules", "tools.jackson.dataformat.yaml", "-m", "climatecity.consumer/consumer.Main",
                document.toString()));
        assertThat(run.out()).containsExactly(
                "12:20 /initiatives/0/twinPairings/0/twinCity: references unknown actor 'avesta2' [known-actors]",
                "4:11 /programmes/0/name: YAML aliases are not supported, found *vc: write the value out in full"
                        + " [unsupported-yaml]");
        assertThat(run.err()).as("standard error").isEmpty();
    }

    @Test
    void readsAndValidatesOnTheClassPathWithoutYaml() throws Exception {
        expectProblemsAndAQuietStart(run(List.of(tool("java"), "-Xshare:auto", "-cp",
                path(Stream.concat(Stream.of(classes), libraries.stream()).toList()), "consumer.Main",
                document.toString())));
    }

    private static void expectProblemsAndAQuietStart(Run run) {
        assertThat(run.out()).containsExactly(
                "12:20 /initiatives/0/twinPairings/0/twinCity: references unknown actor 'avesta2' [known-actors]",
                "YAML: YAML needs tools.jackson.dataformat:jackson-dataformat-yaml on the class or module path");
        assertThat(run.err()).as("standard error").isEmpty();
        assertThat(run.status()).isZero();
    }

    private record Run(int status, List<String> out, List<String> err) {
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path out = work.resolve("out.txt");
        Path err = work.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String path(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
