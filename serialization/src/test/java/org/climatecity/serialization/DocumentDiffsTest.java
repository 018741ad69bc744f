package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.climatecity.core.diff.Change;
import org.climatecity.core.diff.ChangeKind;
import org.climatecity.core.diff.DocumentDiff;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.ModelEdits;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DocumentDiffsTest {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    private final ClimateCityDocuments documents = ClimateCityDocuments.defaults();

    /**
     * For a seeded sample of single edits of the canonical document, every change's pointers address the changed
     * values in the written documents: the format's property names are the record components' names, and a pointer
     * through a data source goes on in its declaration in {@code dataSources}.
     */
    @Test
    void pointersAddressTheChangedValuesInTheWrittenDocuments() {
        ProgrammeDocument canonical = CanonicalScenario.document();
        JsonNode before = tree(canonical);
        List<ModelEdits.Edit> edits = new ArrayList<>(ModelEdits.of(canonical));
        Collections.shuffle(edits, new Random(27));
        int checked = 0;
        for (ModelEdits.Edit edit : edits.subList(0, 200)) {
            JsonNode after = tree(edit.edited());
            for (Change change : DocumentDiff.between(canonical, edit.edited()).changes()) {
                if (change.oldPointer() != null) {
                    JsonNode old = at(before, change.oldPointer());
                    assertThat(old.isMissingNode()).as(change.oldPointer()).isFalse();
                    assertWritten(old, change.oldValue(), change.oldPointer());
                }
                if (change.newPointer() != null) {
                    JsonNode now = at(after, change.newPointer());
                    assertThat(now.isMissingNode()).as(change.newPointer()).isFalse();
                    assertWritten(now, change.newValue(), change.newPointer());
                }
                if (change.kind() == ChangeKind.CHANGED) {
                    assertThat(at(after, change.newPointer())).as(change.newPointer())
                            .isNotEqualTo(at(before, change.oldPointer()));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(200);
    }

    /**
     * Returns the value at a pointer of the model in a written document: where the pointer goes on from the id of a
     * data source, it goes on in the source's declaration.
     */
    static JsonNode at(JsonNode document, String pointer) {
        JsonNode node = document;
        String[] segments = pointer.split("/", -1);
        for (int i = 1; i < segments.length; i++) {
            if (node.isString() && i > 1 && segments[i - 1].equals("source")) {
                JsonNode declared = null;
                for (JsonNode source : document.path("dataSources")) {
                    if (source.path("id").asString().equals(node.asString())) {
                        declared = source;
                    }
                }
                assertThat(declared).as("declaration of %s", node).isNotNull();
                node = declared;
            }
            String segment = segments[i].replace("~1", "/").replace("~0", "~");
            node = node.isArray() ? node.path(Integer.parseInt(segment)) : node.path(segment);
        }
        return node;
    }

    /** A value that is a number or a text in the model is that number or text in the written document. */
    private static void assertWritten(JsonNode node, Object value, String pointer) {
        if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
            assertThat(node.isNumber()).as(pointer).isTrue();
            assertThat(node.doubleValue()).as(pointer).isEqualTo(number.doubleValue());
        } else if (value instanceof String || value instanceof java.time.LocalDate) {
            assertThat(node.asString()).as(pointer).isEqualTo(value.toString());
        } else if (value instanceof List<?> list) {
            assertThat(node.size()).as(pointer).isEqualTo(list.size());
        }
    }

    @Test
    void comparesThePropertiesTheModelDoesNotKnow() {
        ReadResult older = documents.read(UnknownPropertiesTest.NEWER);
        ReadResult newer = documents.read(UnknownPropertiesTest.NEWER.replace("123.4500", "124")
                .replace(", \"x-website\": \"borlange.se\"", "").replace("\"x-areaKm2\"", "\"x-area\""));
        assertThat(DocumentDiffs.between(older, older).isEmpty()).isTrue();
        List<Change> changes = DocumentDiffs.between(older, newer).changes();
        assertThat(changes).extracting(Change::kind, Change::pointer, Change::part).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "/actors/0/x-website",
                        DocumentDiffs.UNKNOWN_PROPERTIES),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, "/programmes/0/x-budgetMsek",
                        DocumentDiffs.UNKNOWN_PROPERTIES),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED, "/initiatives/0/scopes/0/geography/x-areaKm2",
                        DocumentDiffs.UNKNOWN_PROPERTIES),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "/initiatives/0/scopes/0/geography/x-area",
                        DocumentDiffs.UNKNOWN_PROPERTIES));
        assertThat(changes.get(1).newValue()).isEqualTo(PLAIN.readTree("124"));
    }

    @Test
    void followsTheObjectsOfUnknownPropertiesWhereverTheyMove() {
        ReadResult older = documents.read(UnknownPropertiesTest.NEWER);
        JsonNode tree = PLAIN.readTree(UnknownPropertiesTest.NEWER);
        var actors = (tools.jackson.databind.node.ArrayNode) tree.get("actors");
        JsonNode first = actors.remove(0);
        actors.add(first);
        ReadResult reordered = documents.read(tree.toString());
        assertThat(reordered.unknownProperties().entries()).extracting(UnknownProperties.Entry::pointer)
                .contains("/actors/1/x-website");
        assertThat(DocumentDiffs.between(older, reordered).changes()).isEmpty();
    }

    private JsonNode tree(ProgrammeDocument document) {
        return PLAIN.readTree(documents.writeToString(document));
    }
}
