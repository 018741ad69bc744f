package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Validation;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.climatecity.core.document.ProgrammeDocument;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.ObjectMapper;

/**
 * Uses the library as another project does, in a JVM of its own: a small application reads a document with a
 * violation of a rule, and asks for YAML, with the libraries a user adds (core, serialization, Jackson, the Jakarta
 * Validation API, JSpecify) and without the optional YAML module. The rules are checked without a Jakarta Validation
 * provider; one on the path (Hibernate Validator with Expressly) is not used and stays quiet. The README's consumer
 * {@code pom.xml} is checked against the build, and its {@code module-info.java} is the one compiled and run with YAML.
 *
 * <p>On the module path, validation once failed with {@code HV000183} (no expression language unless
 * {@code --add-modules jakarta.el}); without the YAML jar, asking for YAML once failed with a
 * {@code NoClassDefFoundError}, and with the jar but without {@code requires} it blamed the path; and Hibernate
 * Validator's start-up line appeared on standard error.
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

    private static final String JSON_PROBLEM =
            "12:20 /initiatives/0/twinPairings/0/twinCity: references unknown actor 'avesta2' [known-actors]";
    private static final String YAML_READ =
            "4:11 /programmes/0/name: YAML aliases are not supported, found *vc: write the value out in full"
                    + " [unsupported-yaml]";
    private static final String NO_YAML_ON_THE_MODULE_PATH = "YAML: YAML needs the module"
            + " tools.jackson.dataformat.yaml (tools.jackson.dataformat:jackson-dataformat-yaml) on the module path"
            + " and 'requires tools.jackson.dataformat.yaml;' in the application's module-info.java";
    private static final String NO_YAML_ON_THE_CLASS_PATH =
            "YAML: YAML needs tools.jackson.dataformat:jackson-dataformat-yaml on the class path";

    @TempDir
    static Path work;

    private static List<Path> libraries;
    /** Hibernate Validator, what it needs and an expression language: a provider a user may have on the path. */
    private static List<Path> provider;
    private static List<Path> withYaml;
    private static Path classes;
    private static Path readmeClasses;
    private static String readmeModule;
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
        withYaml = new ArrayList<>(libraries);
        withYaml.add(location(Class.forName("tools.jackson.dataformat.yaml.YAMLFactory")));
        withYaml.add(location(Class.forName("org.snakeyaml.engine.v2.api.LoadSettings")));
        classes = compile("src", MODULE, libraries);
        String readmeModuleInfo = readmeBlock("java", "module ");
        Matcher name = Pattern.compile("module ([\\w.]+) \\{").matcher(readmeModuleInfo);
        assertThat(name.find()).as("module name in %s", readmeModuleInfo).isTrue();
        readmeModule = name.group(1);
        readmeClasses = compile("readme", readmeModuleInfo, withYaml);
        document = work.resolve("unknown-actor.json");
        Files.writeString(document, InvalidDocumentsTest.change("'twinCity': 'avesta'", "'twinCity': 'avesta2'"));
    }

    @Test
    void readsAndValidatesOnTheModulePathWithoutYaml() throws Exception {
        expectProblemsAndAQuietStart(run(List.of(tool("java"), "-Xshare:auto", "--module-path",
                path(Stream.concat(Stream.of(classes), libraries.stream()).toList()),
                "-m", "climatecity.consumer/consumer.Main", document.toString())), NO_YAML_ON_THE_MODULE_PATH);
    }

    /** A provider on the path is not booted by the library's own validation, so it stays quiet too. */
    @Test
    void readsAndValidatesTheSameWithAProviderOnThePath() throws Exception {
        List<Path> withProvider = Stream.of(List.of(classes), libraries, provider).flatMap(List::stream).toList();
        expectProblemsAndAQuietStart(run(List.of(tool("java"), "-Xshare:auto", "--module-path", path(withProvider),
                "-m", "climatecity.consumer/consumer.Main", document.toString())), NO_YAML_ON_THE_MODULE_PATH);
        expectProblemsAndAQuietStart(run(List.of(tool("java"), "-Xshare:auto", "-cp", path(withProvider),
                "consumer.Main", document.toString())), NO_YAML_ON_THE_CLASS_PATH);
    }

    /** With the YAML jars, which the application adds to the modules it resolves, as it does not require them. */
    @Test
    void readsYamlOnTheModulePath() throws Exception {
        Run run = run(List.of(tool("java"), "-Xshare:auto", "--module-path",
                path(Stream.concat(Stream.of(classes), withYaml.stream()).toList()),
                "--add-modules", "tools.jackson.dataformat.yaml", "-m", "climatecity.consumer/consumer.Main",
                document.toString()));
        assertThat(run.out()).containsExactly(JSON_PROBLEM, YAML_READ);
        assertThat(run.err()).as("standard error").isEmpty();
    }

    /** The jars are there, but the application does not require the YAML module: the message says to. */
    @Test
    void saysWhatIsMissingWhenTheYamlModuleIsOnTheModulePathButNotRequired() throws Exception {
        Run run = run(List.of(tool("java"), "-Xshare:auto", "--module-path",
                path(Stream.concat(Stream.of(classes), withYaml.stream()).toList()),
                "-m", "climatecity.consumer/consumer.Main", document.toString()));
        assertThat(run.out()).containsExactly(JSON_PROBLEM, "YAML: YAML needs the module"
                + " tools.jackson.dataformat.yaml, which is on the module path but not resolved: add 'requires"
                + " tools.jackson.dataformat.yaml;' to the application's module-info.java (or run java with"
                + " --add-modules tools.jackson.dataformat.yaml)");
        assertThat(run.err()).as("standard error").isEmpty();
        assertThat(run.status()).isZero();
    }

    /** The README's module-info.java, compiled above, reads YAML on the module path with nothing added. */
    @Test
    void theReadmesModuleReadsJsonAndYamlOnTheModulePath() throws Exception {
        Run run = run(List.of(tool("java"), "-Xshare:auto", "--module-path",
                path(Stream.concat(Stream.of(readmeClasses), withYaml.stream()).toList()),
                "-m", readmeModule + "/consumer.Main", document.toString()));
        assertThat(run.out()).containsExactly(JSON_PROBLEM, YAML_READ);
        assertThat(run.err()).as("standard error").isEmpty();
        assertThat(run.status()).isZero();
    }

    /**
     * The README's pom.xml is the build's: it imports the BOM of this version, adds what this test puts on the module
     * path (serialization, and the YAML module) without versions, and pins the build's compiler plugin and release.
     */
    @Test
    void theReadmesPomImportsThisBomAndPinsTheBuildsCompiler() throws Exception {
        String parent = Files.readString(Path.of("../pom.xml"));
        Element pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(readmeBlock("xml", "<?xml")))).getDocumentElement();
        Matcher version = Pattern.compile(
                "<artifactId>climate-city-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(parent);
        assertThat(version.find()).isTrue();

        List<String> imported = coordinates(pom, "dependencyManagement");
        assertThat(imported).containsExactly("org.climatecity:climate-city-bom:" + version.group(1) + ":pom:import");
        assertThat(coordinates(pom, "dependencies")).containsExactly(
                "org.climatecity:climate-city-serialization", "tools.jackson.dataformat:jackson-dataformat-yaml");
        assertThat(Files.readString(Path.of("../bom/pom.xml"))).contains(
                "<artifactId>climate-city-serialization</artifactId>", "<artifactId>jackson-bom</artifactId>");

        Element compiler = child(child(child(pom, "build"), "plugins"), "plugin");
        assertThat(text(compiler, "artifactId")).isEqualTo("maven-compiler-plugin");
        Matcher pinned = Pattern.compile(
                "<artifactId>maven-compiler-plugin</artifactId>\\s*<version>([^<]+)</version>").matcher(parent);
        assertThat(pinned.find()).isTrue();
        assertThat(text(compiler, "version")).isEqualTo(pinned.group(1)).isEqualTo("3.14.0");
        assertThat(text(child(compiler, "configuration"), "release"))
                .isEqualTo(parent.replaceAll("(?s).*<maven.compiler.release>([^<]+)</maven.compiler.release>.*", "$1"))
                .isEqualTo("17");
    }

    @Test
    void readsAndValidatesOnTheClassPathWithoutYaml() throws Exception {
        expectProblemsAndAQuietStart(run(List.of(tool("java"), "-Xshare:auto", "-cp",
                path(Stream.concat(Stream.of(classes), libraries.stream()).toList()), "consumer.Main",
                document.toString())), NO_YAML_ON_THE_CLASS_PATH);
    }

    private static void expectProblemsAndAQuietStart(Run run, String yamlMessage) {
        assertThat(run.out()).containsExactly(JSON_PROBLEM, yamlMessage);
        assertThat(run.err()).as("standard error").isEmpty();
        assertThat(run.status()).isZero();
    }

    private static Path compile(String folder, String moduleInfo, List<Path> modulePath) throws Exception {
        Path sources = Files.createDirectories(work.resolve(folder).resolve("consumer"));
        Files.writeString(sources.resolve("Main.java"), MAIN);
        Path info = Files.writeString(work.resolve(folder).resolve("module-info.java"), moduleInfo);
        Path out = work.resolve(folder + "-classes");
        Run javac = run(List.of(tool("javac"), "-d", out.toString(), "--module-path", path(modulePath),
                info.toString(), sources.resolve("Main.java").toString()));
        assertThat(javac.status()).as("javac: %s", javac.err()).isZero();
        return out;
    }

    /** The README's one fenced block of a language whose text starts so. */
    private static String readmeBlock(String language, String start) throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        List<String> blocks = new ArrayList<>();
        Matcher block = Pattern.compile("(?m)^```" + language + "\\n(.*?)^```$", Pattern.DOTALL).matcher(readme);
        while (block.find()) {
            if (block.group(1).startsWith(start)) {
                blocks.add(block.group(1));
            }
        }
        assertThat(blocks).as("README blocks of %s starting with %s", language, start).hasSize(1);
        return blocks.get(0);
    }

    /** The dependencies under the element, as groupId:artifactId[:version][:type][:scope]. */
    private static List<String> coordinates(Element pom, String section) {
        Element parent = child(pom, section);
        if (section.equals("dependencyManagement")) {
            parent = child(parent, "dependencies");
        }
        List<String> found = new ArrayList<>();
        NodeList dependencies = parent.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            found.add(Stream.of("groupId", "artifactId", "version", "type", "scope")
                    .map(name -> text(dependency, name)).filter(value -> !value.isEmpty())
                    .collect(Collectors.joining(":")));
        }
        return found;
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static String text(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().strip();
            }
        }
        return "";
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
