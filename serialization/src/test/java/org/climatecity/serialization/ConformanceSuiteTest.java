package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.GoldenFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The conformance suite in the repository's {@code conformance/} folder, for implementations in other languages:
 * every document of {@link InvalidDocumentsTest}'s table, the table's base document and the canonical document,
 * each with the problems (pointer and code) this library reports and what the published JSON Schema says of it.
 * {@value GoldenFiles#COMMAND} regenerates the folder; this test checks that it is current, that every file in it
 * has its expectations, and that the library and the schema do what the manifest says.
 */
@Tag(GoldenFiles.TAG)
class ConformanceSuiteTest {

    static final Path SUITE = Path.of("..", "conformance");
    static final Path MANIFEST = SUITE.resolve("manifest.json");
    private static final String SCHEMA_FILE =
            "serialization/src/main/resources/org/climatecity/serialization/climate-city-1.0.schema.json";
    /** Problems of these codes are about the shape of the JSON, which the schema states: it must reject them. */
    private static final Set<String> SHAPE_CODES = Set.of("wrong-type", "missing-property", "unknown-enum",
            "unknown-type");
    /** The cases with a problem of the shape that the schema cannot state all the same, and why. */
    private static final java.util.Map<String, String> SHAPE_EXCEPTIONS = java.util.Map.of(
            "invalid/decimal-for-whole-number.json", "JSON Schema's integer is any number with a zero fraction, so"
                    + " 2030.0 is one; the format asks for the digits of a whole number");
    /** Parses as JavaScript's {@code JSON.parse} does: content after the value is an error, a repeated key not. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private final ClimateCityDocuments documents = ClimateCityDocuments.defaults();

    /** One case: a file's path in the suite, its text, a description and the expected problems. */
    private record Case(String file, String text, String description, List<String> problems) {
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("valid/base.json", InvalidDocumentsTest.json(InvalidDocumentsTest.VALID),
                "a small valid document: two municipalities, a programme, an initiative", List.of()));
        cases.add(new Case("valid/canonical.json", ClimateCityDocuments.builder().pretty(true).build()
                .writeToString(CanonicalScenario.document()), "the canonical document: every part of the model",
                List.of()));
        Set<String> names = new TreeSet<>();
        for (Arguments arguments : InvalidDocumentsTest.invalidDocuments().toList()) {
            Object[] values = arguments.get();
            String description = (String) values[0];
            @SuppressWarnings("unchecked")
            List<String> problems = (List<String>) values[2];
            String name = description.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            assertThat(names.add(name)).as("two cases named %s", name).isTrue();
            cases.add(new Case((problems.isEmpty() ? "valid/" : "invalid/") + name + ".json", (String) values[1],
                    description, problems));
        }
        return cases;
    }

    @Test
    void theSuiteIsCurrentAndEveryFileHasItsExpectations() throws IOException {
        List<Case> cases = cases();
        Set<String> generated = new TreeSet<>();
        for (Case c : cases) {
            generated.add(c.file());
            GoldenFiles.check(SUITE.resolve(c.file()), c.text());
        }
        if (Boolean.getBoolean(GoldenFiles.REGENERATE)) {
            for (String file : filesInSuite()) {
                if (!generated.contains(file)) {
                    Files.delete(SUITE.resolve(file));
                }
            }
        }
        GoldenFiles.check(MANIFEST, manifest(cases));
        Set<String> listed = new TreeSet<>();
        JSON.readTree(Files.readString(MANIFEST, StandardCharsets.UTF_8)).get("cases")
                .forEach(c -> listed.add(c.get("file").asString()));
        assertThat(filesInSuite()).as("every document of the suite has its expectations in manifest.json")
                .isEqualTo(listed);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    }

    /** Reads every document of the suite as a file, as another implementation would, and compares the problems. */
    @Test
    void theLibraryReportsExactlyTheExpectedProblemsOfEveryCase() throws IOException {
        JsonNode manifest = JSON.readTree(Files.readString(MANIFEST, StandardCharsets.UTF_8));
        int checked = 0;
        for (JsonNode c : manifest.get("cases")) {
            Path file = SUITE.resolve(c.get("file").asString());
            List<String> expected = new ArrayList<>();
            c.get("problems").forEach(p -> expected.add(p.get("pointer").asString() + " " + p.get("code").asString()));
            assertThat(c.get("valid").asBoolean()).as(file.toString()).isEqualTo(expected.isEmpty());
            if (expected.isEmpty()) {
                assertThat(documents.read(file).document()).as(file.toString()).isNotNull();
            } else {
                DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                        () -> documents.read(file));
                assertThat(e).as("%s must be rejected", file).isNotNull();
                assertThat(e.problems()).as(file.toString()).extracting(p -> p.pointer() + " " + p.code())
                        .containsExactlyInAnyOrderElementsOf(expected);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(cases().size());
    }

    /**
     * The schema (asserting formats, as ajv with ajv-formats does) accepts every valid case, and does for each
     * invalid case what the manifest says; it rejects every case with a problem of the JSON's shape.
     */
    @Test
    void theSchemaDoesWhatTheManifestSays() throws IOException {
        JsonNode manifest = JSON.readTree(Files.readString(MANIFEST, StandardCharsets.UTF_8));
        for (JsonNode c : manifest.get("cases")) {
            String file = c.get("file").asString();
            String verdict = c.get("schema").asString();
            assertThat(verdict).as(file).isEqualTo(schemaVerdict(Files.readString(SUITE.resolve(file),
                    StandardCharsets.UTF_8)));
            if (c.get("valid").asBoolean()) {
                assertThat(verdict).as(file).isEqualTo("accepts");
            }
            c.get("problems").forEach(p -> {
                if (SHAPE_CODES.contains(p.get("code").asString()) && !SHAPE_EXCEPTIONS.containsKey(file)) {
                    assertThat(verdict).as("%s: the schema must reject %s", file, p).isNotEqualTo("accepts");
                }
            });
        }
    }

    private static Set<String> filesInSuite() throws IOException {
        Set<String> files = new TreeSet<>();
        for (String folder : List.of("valid", "invalid")) {
            Path dir = SUITE.resolve(folder);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> list = Files.list(dir)) {
                    list.forEach(f -> files.add(folder + "/" + f.getFileName()));
                }
            }
        }
        return files;
    }

    private static String manifest(List<Case> cases) {
        ObjectNode root = JSON.createObjectNode();
        root.put("description", "climate-city conformance suite, format version 1.0: see README.md");
        root.put("schema", "../" + SCHEMA_FILE);
        ArrayNode list = root.putArray("cases");
        Set<String> ruleCodes = Set.copyOf(DocumentRules.codes());
        for (Case c : cases) {
            ObjectNode node = list.addObject();
            node.put("file", c.file());
            node.put("description", c.description());
            node.put("valid", c.problems().isEmpty());
            ArrayNode problems = node.putArray("problems");
            for (String problem : c.problems()) {
                int space = problem.lastIndexOf(' ');
                problems.addObject().put("pointer", problem.substring(0, space)).put("code",
                        problem.substring(space + 1));
            }
            String verdict = schemaVerdict(c.text());
            node.put("schema", verdict);
            if (!c.problems().isEmpty() && verdict.equals("accepts")) {
                node.put("schemaCannotExpress", SHAPE_EXCEPTIONS.getOrDefault(c.file(),
                        reason(c.problems(), ruleCodes)));
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** Why the schema accepts an invalid document: the kind of rule its problems break. */
    private static String reason(List<String> problems, Set<String> ruleCodes) {
        Set<String> reasons = new TreeSet<>();
        for (String problem : problems) {
            String code = problem.substring(problem.lastIndexOf(' ') + 1);
            reasons.add(code.equals("known-region-codes") ? "registry: a code must name a region that exists"
                    : ruleCodes.contains(code) ? "cross-object rule: " + code
                    : code.equals("duplicate-key") || code.equals("invalid-encoding")
                            ? "JSON text: parsers accept it, the schema sees the parsed value"
                    : "rule of a value the schema cannot state: " + code);
        }
        return String.join("; ", reasons);
    }

    private static Schema schema;

    /** What the schema says of a text: {@code not-json}, {@code rejects} or {@code accepts}. */
    static synchronized String schemaVerdict(String text) {
        if (schema == null) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
                    .getSchema(ClimateCityDocuments.jsonSchema());
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (RuntimeException e) {
            return "not-json";
        }
        if (tree == null || tree.isMissingNode()) {
            return "not-json";
        }
        return schema.validate(tree).isEmpty() ? "accepts" : "rejects";
    }

}
