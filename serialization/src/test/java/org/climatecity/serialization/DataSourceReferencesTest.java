package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Data sources declared once in {@code dataSources} and named by id, read in any order of the root's properties. */
class DataSourceReferencesTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final List<org.climatecity.core.actor.Actor> BORLANGE = List.of(
            org.climatecity.core.actor.Municipality.of(ActorId.of("borlange"), "Borlänge",
                    org.climatecity.core.id.MunicipalityCode.of("2081")));

    private final ClimateCityDocuments documents = ClimateCityDocuments.defaults();
    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void declaresEachSourceOnceAndNamesItByIdEverywhere() {
        JsonNode tree = PLAIN.readTree(documents.writeToString(canonical));
        Set<String> ids = new HashSet<>();
        Set<JsonNode> declared = new HashSet<>();
        for (JsonNode source : tree.get("dataSources")) {
            assertThat(ids.add(source.get("id").asString())).as("id %s once", source.get("id")).isTrue();
            ObjectNode withoutId = ((ObjectNode) source).deepCopy();
            withoutId.remove("id");
            assertThat(declared.add(withoutId)).as("source %s once", source).isTrue();
        }
        List<String> named = new ArrayList<>();
        collectSources(tree, named);
        assertThat(named).isNotEmpty().allSatisfy(id -> assertThat(ids).contains(id));
        // every declared source is used, and the model's sources are those declared
        assertThat(new HashSet<>(named)).isEqualTo(ids);
        assertThat(tree.get("dataSources").size()).isEqualTo(distinctSources(canonical));
    }

    /** Collects the value of every {@code source} that is a text, but an allocation's (a funding source's id). */
    private static void collectSources(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(property -> {
                if (property.getKey().equals("source") && property.getValue().isString()
                        && !node.has("action")) {
                    into.add(property.getValue().asString());
                } else if (!property.getKey().equals("dataSources")) {
                    collectSources(property.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectSources(element, into));
        }
    }

    private static int distinctSources(ProgrammeDocument document) {
        Set<DataSource> sources = new HashSet<>();
        walk(document, sources);
        return sources.size();
    }

    /** Collects the data sources a model object holds, by a walk over its records' components. */
    private static void walk(Object value, Set<DataSource> sources) {
        if (value instanceof DataSource source) {
            sources.add(source);
        } else if (value instanceof java.util.Collection<?> values) {
            values.forEach(element -> walk(element, sources));
        } else if (value.getClass().isRecord()) {
            for (java.lang.reflect.RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    Object part = component.getAccessor().invoke(value);
                    if (part != null) {
                        walk(part, sources);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void readsTheDataSourcesWhereverTheyStandInTheRoot() throws IOException {
        ObjectNode written = (ObjectNode) PLAIN.readTree(documents.writeToString(canonical));
        JsonNode sources = written.remove("dataSources");
        written.set("dataSources", sources);
        String last = PLAIN.writeValueAsString(written);
        assertThat(last.indexOf("\"dataSources\"")).isGreaterThan(last.indexOf("\"inventories\""));
        assertThat(documents.read(last).document()).isEqualTo(canonical);
        // from a stream, which is read once
        assertThat(documents.read(new ByteArrayInputStream(last.getBytes(StandardCharsets.UTF_8))).document())
                .isEqualTo(canonical);
        // with every object's properties sorted, as a tool that sorts keys writes them
        String sorted = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build()
                .writeValueAsString(PLAIN.readValue(last, java.util.Map.class));
        assertThat(sorted).startsWith("{\"actors\"");
        assertThat(documents.read(sorted).document()).isEqualTo(canonical);
        // and written back as the writer writes it
        assertThat(documents.writeToString(documents.read(last))).isEqualTo(documents.writeToString(canonical));
    }

    @Test
    void locatesAnUnknownIdReadBeforeTheDataSources() {
        String document = "{\"schemaVersion\": \"1.0\",\n\"inventories\": [{\"owner\": \"borlange\", \"year\": 2023,"
                + " \"boundary\": \"territorial\", \"gasBasis\": {\"coverage\": \"all-ghg\", \"gwp\": \"ar5\"},\n"
                + " \"provenance\": {\"kind\": \"official-statistics\", \"source\": \"smi\"}, \"reportedTotal\": 1}],\n"
                + "\"actors\": [{\"type\": \"municipality\", \"id\": \"borlange\", \"name\": \"Borlänge\","
                + " \"country\": \"SE\"}],\n"
                + "\"dataSources\": [{\"id\": \"smhi\", \"publisher\": \"SMHI\", \"name\": \"Emissions\"}]}";
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> documents.read(document));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "3:58 /inventories/0/provenance/source: data source 'smi' is not declared in \"dataSources\""
                        + " [unknown-reference]");
    }

    @Test
    void reportsAReferenceThatCannotBeAnIdReadBeforeTheDataSources() {
        // found by fuzzing: a blank text made a stand-in source with a blank name, and the read failed
        for (String text : new String[] {"", " ", "Not An Id", "-smhi"}) {
            String document = "{\"schemaVersion\": \"1.0\",\n\"inventories\": [{\"owner\": \"borlange\", \"year\":"
                    + " 2023, \"boundary\": \"territorial\", \"gasBasis\": {\"coverage\": \"co2-only\"},\n"
                    + " \"provenance\": {\"kind\": \"reported\", \"source\": \"" + text + "\"}, \"reportedTotal\": 1}],\n"
                    + "\"actors\": [{\"type\": \"municipality\", \"id\": \"borlange\", \"name\": \"Borlänge\","
                    + " \"country\": \"SE\"}],\n"
                    + "\"dataSources\": [{\"id\": \"smhi\", \"publisher\": \"SMHI\", \"name\": \"Emissions\"}]}";
            DocumentReadException e = catchThrowableOfType(DocumentReadException.class,
                    () -> documents.read(document));
            assertThat(e.problems()).as(text).extracting(Problem::toString).containsExactly("3:47"
                    + " /inventories/0/provenance/source: data source '" + text + "' is not declared in"
                    + " \"dataSources\" [unknown-reference]");
        }
    }

    @Test
    void listsTheFirstReferencesToAnUnknownIdReadBeforeTheDataSources() {
        StringBuilder inventories = new StringBuilder();
        for (int year = 1990; year < 2020; year++) {
            inventories.append(year == 1990 ? "" : ", ").append("{\"owner\": \"borlange\", \"year\": ").append(year)
                    .append(", \"boundary\": \"territorial\", \"gasBasis\": {\"coverage\": \"co2-only\"},"
                            + " \"provenance\": {\"kind\": \"reported\", \"source\": \"smi\"}, \"reportedTotal\": 1}");
        }
        String document = "{\"schemaVersion\": \"1.0\", \"inventories\": [" + inventories + "], \"actors\": [{\"type\":"
                + " \"municipality\", \"id\": \"borlange\", \"name\": \"Borlänge\", \"country\": \"SE\"}],"
                + " \"dataSources\": [{\"id\": \"smhi\", \"publisher\": \"SMHI\", \"name\": \"Emissions\"}]}";
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> documents.read(document));
        assertThat(e.problems()).hasSize(16).allSatisfy(problem -> assertThat(problem.code())
                .isEqualTo(Problem.UNKNOWN_REFERENCE));
        assertThat(e.problems().get(15).pointer()).isEqualTo("/inventories/15/provenance/source");
        assertThat(e.problems().get(15).message()).endsWith("; 14 more references to it are not listed");
    }

    @Test
    void limitsTheIdsHeldUntilTheDataSourcesAreRead() {
        StringBuilder inventories = new StringBuilder();
        for (int i = 0; i < 1100; i++) {
            inventories.append(i == 0 ? "" : ", ").append("{\"owner\": \"borlange\", \"year\": 2020,"
                    + " \"boundary\": \"territorial\", \"gasBasis\": {\"coverage\": \"co2-only\"}, \"provenance\":"
                    + " {\"kind\": \"reported\", \"source\": \"s").append(i).append("\"}, \"reportedTotal\": 1}");
        }
        String document = "{\"schemaVersion\": \"1.0\", \"inventories\": [" + inventories + "]}";
        ClimateCityDocuments limited = ClimateCityDocuments.builder().limits(new ReadLimits(64, 1L << 26, 1 << 20,
                256, 100, 1000, 1024)).build();
        DocumentReadException e = catchThrowableOfType(DocumentReadException.class, () -> limited.read(document));
        assertThat(e.problems()).extracting(Problem::code).containsExactly(Problem.LIMIT_EXCEEDED);
    }

    @Test
    void namesSourcesByPublisherNameAndVintageAndTellsApartTheRest() {
        DataSource smhi = new DataSource("SMHI", "Nationella emissionsdatabasen", null, "2024", null, null, null);
        DataSource smhiWithUrl = smhi.withUrl("https://nationellaemissionsdatabasen.smhi.se");
        DataSource longName = new DataSource("Klimatkollen (Klimatbyrån)", "Klimatkollen municipal climate data"
                + " (climate-data.json), with a name longer than any id", null, "series to 2022", null, null, null);
        ProgrammeDocument document = new ProgrammeDocument(BORLANGE, List.of(), List.of(), List.of(
                inventory(2022, smhi), inventory(2023, smhiWithUrl), inventory(2024, longName),
                inventory(2021, smhi)));
        JsonNode tree = PLAIN.readTree(documents.writeToString(document));
        assertThat(tree.get("dataSources").findValuesAsString("id")).containsExactly(
                "smhi-nationella-emissionsdatabasen-2024", "smhi-nationella-emissionsdatabasen-2024-2",
                "klimatkollen-klimatbyran-klimatkollen-series-to-2022");
        assertThat(tree.at("/inventories/3/provenance/source").asString())
                .isEqualTo("smhi-nationella-emissionsdatabasen-2024");
        assertThat(documents.read(documents.writeToString(document)).document()).isEqualTo(document);
    }

    private static EmissionsInventory inventory(int year, DataSource source) {
        return new EmissionsInventory(ActorId.of("borlange"), year, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5,
                Provenance.officialStatistics(source), 1000.0, List.of());
    }

    @Test
    void writesAReadDocumentBackWithItsIds() {
        DataSource smhi = DataSource.of("SMHI", "Nationella emissionsdatabasen");
        ProgrammeDocument document = new ProgrammeDocument(BORLANGE, List.of(), List.of(), List.of(
                inventory(2022, smhi)));
        String text = documents.writeToString(document).replace("smhi-nationella-emissionsdatabasen", "smhi");
        ReadResult read = documents.read(text);
        assertThat(documents.writeToString(read)).isEqualTo(text);
        // a source added by an edit gets an id of its own; one no longer named is left out
        DataSource scb = DataSource.of("SCB", "Befolkningsstatistik");
        ProgrammeDocument edited = new ProgrammeDocument(BORLANGE, List.of(), List.of(), List.of(
                inventory(2022, smhi), inventory(2023, scb)));
        JsonNode written = PLAIN.readTree(documents.writeToString(read.withDocument(edited)));
        assertThat(written.get("dataSources").findValuesAsString("id")).containsExactly("smhi",
                "scb-befolkningsstatistik");
        JsonNode without = PLAIN.readTree(documents.writeToString(read.withDocument(new ProgrammeDocument(BORLANGE,
                List.of(), List.of(), List.of(inventory(2023, scb))))));
        assertThat(without.get("dataSources").findValuesAsString("id")).containsExactly("scb-befolkningsstatistik");
    }

    @Test
    void keepsUnknownPropertiesOfADeclaredSource() {
        ProgrammeDocument document = new ProgrammeDocument(BORLANGE, List.of(), List.of(), List.of(
                inventory(2022, DataSource.of("SMHI", "Nationella emissionsdatabasen"))));
        String text = documents.writeToString(document).replace("\"publisher\"", "\"x-licence\": \"CC0\", \"publisher\"");
        ReadResult read = documents.read(text);
        assertThat(read.unknownProperties().entries()).extracting(UnknownProperties.Entry::pointer)
                .containsExactly("/dataSources/0/x-licence");
        assertThat(PLAIN.readTree(documents.writeToString(read)).at("/dataSources/0/x-licence").asString())
                .isEqualTo("CC0");
    }

    @Test
    void writesTheSourceOfAValueWrittenAloneInFull() {
        JsonMapper mapper = JsonMapper.builder().addModule(new ClimateCityModule()).build();
        Provenance provenance = Provenance.reported(DataSource.of("SMHI", "Nationella emissionsdatabasen"));
        String json = mapper.writeValueAsString(provenance);
        assertThat(json).isEqualTo("{\"kind\":\"reported\",\"source\":{\"publisher\":\"SMHI\","
                + "\"name\":\"Nationella emissionsdatabasen\"}}");
        assertThat(mapper.readValue(json, Provenance.class)).isEqualTo(provenance);
        // a whole document through the module names its sources by id, as the facade writes it
        assertThat(mapper.writeValueAsString(canonical)).isEqualTo(ClimateCityDocuments.builder().pretty(false)
                .build().writeToString(canonical));
    }
}
