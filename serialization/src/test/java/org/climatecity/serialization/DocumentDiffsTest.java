package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.climatecity.core.ClimateCityException;
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

    /** Numbers are equal by value, as the diff compares them. */
    private static final java.util.Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

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
     * For seeded random pairs of documents a few edits apart (values changed, optional values and list elements
     * removed or, the other way round, added, lists reordered, several at once), applying the reported changes to
     * the older document's tree gives the newer document's tree, with renames reported as moves or not.
     */
    @Test
    void applyingTheChangesToTheOlderTreeGivesTheNewerTree() {
        ProgrammeDocument canonical = CanonicalScenario.document();
        List<ProgrammeDocument> pool = new ArrayList<>();
        pool.add(canonical);
        List<ModelEdits.Edit> singles = ModelEdits.of(canonical);
        List<ModelEdits.Edit> reorderings = ModelEdits.reorderings(canonical);
        assertThat(reorderings).hasSizeGreaterThan(10);
        Random random = new Random(27);
        for (int d = 0; d < 120; d++) {
            List<ModelEdits.Edit> from = random.nextInt(3) == 0 ? reorderings : singles;
            pool.add(from.get(random.nextInt(from.size())).edited());
        }
        // ids changed: renames, reported as moves when asked for
        List<ModelEdits.Edit> renames = singles.stream().filter(e -> e.component().equals("id")
                && e.pointer().endsWith("/id")).toList();
        assertThat(renames).isNotEmpty();
        for (int d = 0; d < 8; d++) {
            pool.add(renames.get(random.nextInt(renames.size())).edited());
        }
        // documents several edits from the canonical one: an edit of an edited document, and so on
        ProgrammeDocument chained = canonical;
        for (int e = 0; e < 4; e++) {
            List<ModelEdits.Edit> next = random.nextBoolean() ? ModelEdits.of(chained)
                    : ModelEdits.reorderings(chained);
            chained = next.get(random.nextInt(next.size())).edited();
            pool.add(chained);
        }
        java.util.Map<ProgrammeDocument, JsonNode> trees = new java.util.IdentityHashMap<>();
        java.util.EnumSet<ChangeKind> kinds = java.util.EnumSet.noneOf(ChangeKind.class);
        for (int trial = 0; trial < 300; trial++) {
            ProgrammeDocument older = pool.get(random.nextInt(pool.size()));
            ProgrammeDocument newer = pool.get(random.nextInt(pool.size()));
            for (boolean moves : List.of(false, true)) {
                DocumentDiff diff = DocumentDiff.between(older, newer,
                        org.climatecity.core.diff.DiffOptions.DEFAULTS.withMoves(moves));
                diff.changes().forEach(c -> kinds.add(c.kind()));
                JsonNode applied = DocumentDiffs.apply(trees.computeIfAbsent(older, this::tree), diff);
                assertThat(firstDifference(applied, trees.computeIfAbsent(newer, this::tree), "")).as("trial %s: %s", trial, diff.changes()
                        .stream().map(c -> c.kind() + " " + c.oldPointer() + " " + c.newPointer()).toList()).isNull();
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(ChangeKind.values());
    }

    @Test
    void applyingTheChangesOfUnknownPropertiesAndOfRenamedElementsGivesTheNewerTree() {
        ReadResult older = documents.read(UnknownPropertiesTest.NEWER);
        JsonNode tree = PLAIN.readTree(UnknownPropertiesTest.NEWER.replace("123.4500", "124")
                .replace(", \"x-website\": \"borlange.se\"", "").replace("\"x-areaKm2\"", "\"x-area\""));
        var actors = (tools.jackson.databind.node.ArrayNode) tree.get("actors");
        actors.add(actors.remove(0));
        ReadResult newer = documents.read(tree.toString());
        for (boolean moves : List.of(false, true)) {
            DocumentDiff diff = DocumentDiffs.between(older, newer,
                    org.climatecity.core.diff.DiffOptions.DEFAULTS.withMoves(moves));
            assertThat(diff.changes()).extracting(Change::kind).contains(ChangeKind.REORDERED);
            assertThat(firstDifference(DocumentDiffs.apply(tree(older), diff), tree(newer), "")).isNull();
            assertThat(firstDifference(DocumentDiffs.apply(tree(newer), DocumentDiffs.between(newer, older,
                    org.climatecity.core.diff.DiffOptions.DEFAULTS.withMoves(moves))), tree(older), "")).isNull();
        }
    }

    @Test
    void refusesChangesThatDoNotFitTheTree() {
        ProgrammeDocument canonical = CanonicalScenario.document();
        ModelEdits.Edit removal = ModelEdits.of(canonical).stream().filter(ModelEdits.Edit::removal)
                .filter(e -> e.pointer().matches(".*/\\d+$")).findFirst().orElseThrow();
        DocumentDiff diff = DocumentDiff.between(canonical, removal.edited());
        JsonNode unrelated = PLAIN.readTree("{\"schemaVersion\": \"1.0\"}");
        assertThatThrownBy(() -> DocumentDiffs.apply(unrelated, diff)).isInstanceOf(ClimateCityException.class)
                .hasMessage("cannot apply the change removed at " + removal.pointer() + ": the tree has no such place");
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
        assertThat(DocumentDiffs.between(older, reordered).changes()).extracting(Change::kind, Change::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.REORDERED, "/actors/1"));
    }

    private JsonNode tree(ProgrammeDocument document) {
        return PLAIN.readTree(documents.writeToString(document));
    }

    /** The pointer of the first place where two trees differ, null when they are equal. */
    private static String firstDifference(JsonNode a, JsonNode b, String at) {
        if (a.equals(SAME_NUMBER, b)) {
            return null;
        }
        if (a.isObject() && b.isObject()) {
            java.util.Set<String> names = new java.util.TreeSet<>(a.propertyNames());
            names.addAll(b.propertyNames());
            for (String name : names) {
                if (!a.has(name) || !b.has(name)) {
                    return at + "/" + name + (a.has(name) ? " only in the result" : " missing in the result");
                }
                String inner = firstDifference(a.get(name), b.get(name), at + "/" + name);
                if (inner != null) {
                    return inner;
                }
            }
        }
        if (a.isArray() && b.isArray()) {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                String inner = firstDifference(a.get(i), b.get(i), at + "/" + i);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return at + ": " + a + " instead of " + b;
    }

    private JsonNode tree(ReadResult read) {
        return PLAIN.readTree(documents.writeToString(read));
    }
}
