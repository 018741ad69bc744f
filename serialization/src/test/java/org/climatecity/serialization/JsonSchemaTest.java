package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.climatecity.core.fixture.GoldenFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The committed JSON Schema is current, and it accepts exactly the structurally valid documents. */
class JsonSchemaTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Schema schema;

    /** Problem codes of documents whose structure is wrong; the others (rules, references) a schema cannot see. */
    private static final Set<String> STRUCTURAL = Set.of(Problem.WRONG_TYPE, Problem.UNKNOWN_ENUM,
            Problem.UNKNOWN_TYPE, Problem.MISSING_PROPERTY, Problem.MISSING_VERSION, Problem.UNSUPPORTED_VERSION);

    static synchronized List<Error> errors(String json) {
        if (schema == null) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(ClimateCityDocuments.jsonSchema());
        }
        return schema.validate(JSON.readTree(json));
    }

    @Test
    @Tag(GoldenFiles.TAG)
    void committedSchemaIsCurrent() throws Exception {
        GoldenFiles.check(Path.of(JsonSchemaGenerator.COMMITTED), JsonSchemaGenerator.generate());
    }

    @Test
    void schemaHasAStableIdAndDescribesTheFormat() {
        JsonNode schema = JSON.readTree(ClimateCityDocuments.jsonSchema());
        assertThat(schema.get("$id").stringValue()).isEqualTo(ClimateCityDocuments.SCHEMA_ID);
        assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.at("/required").toString()).contains("schemaVersion")
                .doesNotContain("programmes").doesNotContain("initiatives").doesNotContain("actors");
        assertThat(schema.at("/$defs/Municipality/properties/type/const").stringValue()).isEqualTo("municipality");
        assertThat(schema.at("/$defs/Municipality/properties/identifiers").toString()).contains("se-kommun:2081");
        assertThat(schema.at("/$defs/Municipality/properties/name").toString())
                .contains("the preferred name, not blank");
        assertThat(schema.at("/$defs/Territory/properties/territoryKind").toString()).contains("country-group");
        assertThat(schema.at("/$defs/Actor/description").stringValue()).startsWith("A party in a climate");
        assertThat(schema.at("/$defs/ScalingStage/properties/saturationShare").toString()).contains("\"minimum\":0")
                .contains("\"maximum\":1");
    }

    @Test
    void canonicalAndGeneratedDocumentsPass() throws Exception {
        assertThat(errors(Files.readString(Path.of(CanonicalScenarioFormatTest.GOLDEN)))).isEmpty();
        ClimateCityDocuments documents = ClimateCityDocuments.builder().validate(false).pretty(false).build();
        for (long seed = 0; seed < 200; seed++) {
            String json = documents.writeToString(new DocumentGenerator(seed).document());
            assertThat(errors(json)).as("seed %d", seed).isEmpty();
        }
        assertThat(errors(InvalidDocumentsTest.json(InvalidDocumentsTest.VALID))).isEmpty();
        assertThat(errors(UnknownPropertiesTest.NEWER)).isEmpty();
    }

    static Stream<Arguments> structurallyInvalid() {
        return InvalidDocumentsTest.invalidDocuments().filter(arguments -> {
            @SuppressWarnings("unchecked")
            List<String> expected = (List<String>) arguments.get()[2];
            String document = (String) arguments.get()[1];
            // JSON Schema counts 2030.0 as an integer, which the reader rejects: the one difference
            return !expected.isEmpty() && document.trim().startsWith("{") && !document.contains("NaN")
                    && !arguments.get()[0].equals("decimal for whole number")
                    && expected.stream().allMatch(p -> STRUCTURAL.contains(p.substring(p.indexOf(' ') + 1))
                    || p.endsWith("/code invalid-value") || p.endsWith("/id invalid-value")
                    // the schema's patterns of texts and dates say what the reader checks
                    || p.endsWith("/name invalid-value") || arguments.get()[0].toString().startsWith("date with"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("structurallyInvalid")
    void structurallyInvalidDocumentsFail(String name, String document, List<String> expected) {
        assertThat(errors(document)).as(name).isNotEmpty();
    }

    /** Edits the canonical document at a JSON Pointer and returns the schema's errors. */
    private static List<Error> errorsAfter(String pointer, java.util.function.Consumer<ObjectNode> edit)
            throws Exception {
        JsonNode document = JSON.readTree(Files.readString(Path.of(CanonicalScenarioFormatTest.GOLDEN)));
        edit.accept((ObjectNode) document.at(pointer));
        return errors(document.toString());
    }

    static Stream<Arguments> rejectedByTheLibraryAndTheSchema() {
        return Stream.of(
                Arguments.of("se-kommun code of three digits", "/actors/2", (java.util.function.Consumer<ObjectNode>)
                        actor -> actor.putArray("identifiers").add("se-kommun:208")),
                Arguments.of("locode with a letter O for a digit", "/actors/2",
                        (java.util.function.Consumer<ObjectNode>) actor -> actor.putArray("identifiers")
                                .add("locode:FR L1O")),
                Arguments.of("the same identifier twice", "/actors/2", (java.util.function.Consumer<ObjectNode>)
                        actor -> actor.putArray("identifiers").add("se-kommun:2081").add("se-kommun:2081")),
                Arguments.of("the same host city twice", "/initiatives/0/pilots/0",
                        (java.util.function.Consumer<ObjectNode>) pilot -> pilot.putArray("hostCities")
                                .add("borlange").add("borlange")),
                Arguments.of("the same target owner twice", "/initiatives/0/targets/0",
                        (java.util.function.Consumer<ObjectNode>) target -> target.putArray("owners")
                                .add("borlange").add("borlange")),
                Arguments.of("a Swedish VAT number of ten digits", "/actors/2",
                        (java.util.function.Consumer<ObjectNode>) actor -> actor.putArray("identifiers")
                                .add("vat:SE5560163429")),
                Arguments.of("an organisation number of nine digits", "/actors/2",
                        (java.util.function.Consumer<ObjectNode>) actor -> actor.putArray("identifiers")
                                .add("se-orgnr:556016-342")),
                Arguments.of("entry with a figure and a notation key", "/inventories/0/entries/0",
                        (java.util.function.Consumer<ObjectNode>) entry -> entry.put("notationKey", "NO")),
                Arguments.of("entry with neither figure nor notation key", "/inventories/0/entries/0",
                        (java.util.function.Consumer<ObjectNode>) entry -> entry.remove("tonnesCo2e")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedByTheLibraryAndTheSchema")
    void documentsTheLibraryRejectsFailTheSchema(String name, String pointer,
            java.util.function.Consumer<ObjectNode> edit) throws Exception {
        assertThat(errorsAfter(pointer, edit)).as(name).isNotEmpty();
        JsonNode document = JSON.readTree(Files.readString(Path.of(CanonicalScenarioFormatTest.GOLDEN)));
        edit.accept((ObjectNode) document.at(pointer));
        String text = document.toString();
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(DocumentReadException.class,
                () -> ClimateCityDocuments.builder().build().read(text)).problems()).as(name).isNotEmpty();
    }

    @Test
    void otherNamespacesAndCanonicalIdentifiersPass() throws Exception {
        assertThat(errorsAfter("/actors/2", actor -> actor.putArray("identifiers").add("se-kommun:2081")
                .add("lau:SE:2081").add("locode:SE BLE").add("cdp:35860").add("wikidata:Q208446"))).isEmpty();
    }

    /**
     * Every list whose record requires distinct values (found in core by hand: each {@code Require.distinctList} in a
     * compact constructor, and the identifiers of places and organisations) is an array with {@code uniqueItems}.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ClimateTarget/properties/owners",
            "ClimateTarget/properties/sectors", "Pilot/properties/hostCities", "ScalingStage/properties/geographies",
            "ContractRound/properties/signatories", "RoundCommitment/properties/targets",
            "RoleAssignment/properties/funding", "CollaborationForum/properties/convenors",
            "CollaborationForum/properties/participants", "CollaborationForum/properties/outputs",
            "TwinPairing/properties/sharedTargets", "ActionPlan/properties/owners", "Action/properties/levers",
            "Action/properties/participants", "Action/properties/funding", "Municipality/properties/identifiers",
            "Territory/properties/identifiers", "Company/properties/identifiers"})
    void listsOfDistinctValuesHaveUniqueItems(String property) {
        JsonNode schema = JSON.readTree(ClimateCityDocuments.jsonSchema());
        JsonNode node = schema.at("/$defs/" + property);
        assertThat(node.isMissingNode()).as("%s in the schema", property).isFalse();
        assertThat(node.at("/uniqueItems").asBoolean()).as(property).isTrue();
    }

    @Test
    void identifierShapesAreCoresOwn() {
        String pattern = JsonSchemaGenerator.identifierPattern();
        for (String namespace : List.of("locode", "iso3166-2", "wikidata", "lei", "vat", "se-orgnr")) {
            String shape = org.climatecity.core.id.Identifier.valuePattern(namespace).orElseThrow();
            assertThat(pattern).contains(namespace + ":" + shape);
        }
        assertThat(org.climatecity.core.id.Identifier.valuePattern("cdp")).isEmpty();
        assertThat(org.climatecity.core.id.Identifier.valuePattern("lau")).isEmpty();
    }

    @Test
    void anActorWithoutANameIsReportedByItsMissingProperty() throws Exception {
        List<Error> errors = errorsAfter("/actors/2", actor -> actor.remove("name"));
        assertThat(errors).isNotEmpty();
        assertThat(errors.toString()).contains("name").doesNotContain("oneOf").doesNotContain("any of");
    }

    @Test
    void unionsAreDiscriminatedByType() {
        JsonNode schema = JSON.readTree(ClimateCityDocuments.jsonSchema());
        assertThat(schema.toString()).doesNotContain("\"oneOf\":[{\"$ref\"");
        assertThat(schema.at("/$defs/Actor/allOf/0/if/properties/type/const").stringValue())
                .isEqualTo("municipality");
        assertThat(schema.toString()).doesNotContain("\"type\":[");
    }
}
