package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.programme.Programme;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Unknown properties at several depths survive a read, an edit and a write. */
class UnknownPropertiesTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    /**
     * A 1.1 document with properties 1.0 does not know, at the root and four levels down. Their names have a hyphen,
     * which no record component's name can have, so that a field added to the model never makes one of them known.
     */
    static final String NEWER = InvalidDocumentsTest.json("""
            {'schemaVersion': '1.1', 'x-generator': {'name': 'planner', 'version': [3, 1]},
             'actors': [
              {'type': 'municipality', 'id': 'borlange', 'name': 'Borlänge', 'country': 'SE',
               'identifiers': ['se-kommun:2081'], 'x-website': 'borlange.se'},
              {'type': 'municipality', 'id': 'avesta', 'name': 'Avesta', 'country': 'SE',
               'identifiers': ['se-kommun:2084']}],
             'programmes': [{'name': 'Viable Cities', 'climateNeutralityYear': 2030, 'x-budgetMsek': 123.4500,
              'members': [{'member': 'borlange', 'period': {'start': '2021-01-01', 'x-note': null, 'x-tags': ['a']}}]}],
             'initiatives': [{'id': 'klimatneutrala-borlange', 'name': 'Klimatneutrala Borlänge',
              'leadCity': 'borlange',
              'scopes': [{'from': '2021-01-01',
                'geography': {'type': 'municipality', 'code': '2081', 'x-areaKm2': 1283}}]}]}
            """);

    private final ClimateCityDocuments documents = ClimateCityDocuments.defaults();

    @Test
    void readKeepsEveryUnknownPropertyWithItsPointer() {
        UnknownProperties unknown = documents.read(NEWER).unknownProperties();
        assertThat(unknown.entries()).extracting(UnknownProperties.Entry::pointer).containsExactly(
                "/actors/0/x-website", "/programmes/0/members/0/period/x-note", "/programmes/0/members/0/period/x-tags",
                "/programmes/0/x-budgetMsek", "/initiatives/0/scopes/0/geography/x-areaKm2", "/x-generator");
        assertThat(unknown.inObject("/programmes/0").get("x-budgetMsek").decimalValue())
                .isEqualByComparingTo("123.4500");
        assertThat(unknown.inObject("/nowhere")).isEmpty();
    }

    @Test
    void writingBackGivesTheSameJson() throws Exception {
        ReadResult read = documents.read(NEWER);
        String written = documents.writeToString(read);
        assertThat(tree(written)).isEqualTo(tree(NEWER));
        assertThat(written).contains("\"x-budgetMsek\": 123.4500");
        assertThat(documents.read(written).unknownProperties().entries()).hasSize(6);
    }

    @Test
    void unknownPropertiesFollowTheirObjectThroughAnEdit() throws Exception {
        ReadResult read = documents.read(NEWER);
        ProgrammeDocument document = read.document();
        List<Actor> reversed = new ArrayList<>(document.actors());
        Collections.reverse(reversed);
        Programme programme = document.firstProgramme();
        Programme renamed = new Programme("Viable Cities 2030", programme.office(), programme.climateNeutralityYear(),
                programme.members(), programme.publishedMemberCounts(), programme.agencies(), programme.support());
        ProgrammeDocument edited = new ProgrammeDocument(reversed, List.of(renamed), document.initiatives(),
                document.inventories());

        JsonNode written = tree(documents.writeToString(read.withDocument(edited)));
        assertThat(written.get("actors").get(1).get("x-website").stringValue()).isEqualTo("borlange.se");
        assertThat(written.get("actors").get(0).has("x-website")).isFalse();
        assertThat(written.get("programmes").get(0).get("x-budgetMsek").decimalValue()).isEqualByComparingTo("123.45");
        assertThat(written.get("programmes").get(0).get("members").get(0).get("period").get("x-tags").get(0)
                .stringValue())
                .isEqualTo("a");
        assertThat(written.get("x-generator").get("name").stringValue()).isEqualTo("planner");
        assertThat(written.get("schemaVersion").stringValue()).isEqualTo("1.1");
    }

    @Test
    void aPlainDocumentIsWrittenWithoutThem() throws Exception {
        ReadResult read = documents.read(NEWER);
        JsonNode written = tree(documents.writeToString(read.document()));
        assertThat(written.has("x-generator")).isFalse();
        assertThat(written.get("schemaVersion").stringValue()).isEqualTo("1.0");
    }

    @Test
    void valuesAreCopiedInAndOut() {
        UnknownProperties unknown = documents.read(NEWER).unknownProperties();
        ((tools.jackson.databind.node.ObjectNode) unknown.entries().get(5).value()).put("name", "changed");
        assertThat(unknown.entries().get(5).value().get("name").stringValue()).isEqualTo("planner");
    }

    private static JsonNode tree(String json) {
        return PLAIN.readTree(json);
    }
}
