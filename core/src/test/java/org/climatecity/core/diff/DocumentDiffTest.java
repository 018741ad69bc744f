package org.climatecity.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.fixture.ModelEdits;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.targets.ClimateTarget;
import org.junit.jupiter.api.Test;

class DocumentDiffTest {

    private static final ProgrammeDocument CANONICAL = CanonicalScenario.document();

    /** Components that no single edit can change, because the records' own rules tie them to other values. */
    private static final java.util.Map<String, String> CONSTRAINED = java.util.Map.of(
            "GasBasis.coverage", "CO2-only figures have no GWP set, the others need one",
            "InventoryEntry.sector", "an inventory uses one sector scheme and lists each sector once",
            "InvestmentPlan.currency", "every amount of a plan is in the plan's currency",
            "Municipality.country", "a municipality's identifiers name its country",
            "Territory.country", "a territory's identifiers name its country");

    @Test
    void aDocumentComparedWithItselfOrAnEqualCopyHasNoChange() {
        assertThat(DocumentDiff.between(CANONICAL, CANONICAL).changes()).isEmpty();
        assertThat(DocumentDiff.between(CANONICAL, CanonicalScenario.document()).isEmpty()).isTrue();
    }

    /**
     * Every single edit the records allow, of every value of the canonical document, is reported once at its
     * pointer; an edit of the id or natural key of a list element is reported as that element removed and added.
     */
    @Test
    void reportsEverySingleEditExactlyOnceAtItsPointer() {
        List<ModelEdits.Edit> edits = ModelEdits.of(CANONICAL);
        assertThat(edits).hasSizeGreaterThan(500);
        for (ModelEdits.Edit edit : edits) {
            List<Change> changes = DocumentDiff.between(CANONICAL, edit.edited()).changes();
            boolean keyChanged = edit.element() != null && edit.editedElement() != null
                    && !ModelWalk.key(edit.element()).equals(ModelWalk.key(edit.editedElement()));
            if (edit.editedElement() != null && keyChanged) {
                long same = edit.siblings().stream().filter(s -> ModelWalk.key(s).equals(
                        ModelWalk.key(edit.editedElement()))).count();
                if (same > 0) {
                    continue; // the edited element now shares its key with another: matched by occurrence
                }
                // an element of a sorted set may move to another index when it changes
                String list = edit.elementPointer().substring(0, edit.elementPointer().lastIndexOf('/') + 1);
                assertThat(changes).as(edit.pointer()).extracting(Change::kind).containsExactly(ChangeKind.REMOVED,
                        ChangeKind.ADDED);
                assertThat(changes.get(0).oldPointer()).as(edit.pointer()).isEqualTo(edit.elementPointer());
                assertThat(changes.get(1).newPointer()).as(edit.pointer()).startsWith(list);
            } else if (edit.editedElement() == null && edit.siblings().stream()
                    .filter(s -> ModelWalk.key(s).equals(ModelWalk.key(edit.element()))).count() > 1) {
                assertThat(changes).as(edit.pointer()).isNotEmpty(); // removed one of several with one key
            } else {
                assertThat(changes).as(edit.pointer()).hasSize(1);
                Change change = changes.get(0);
                assertThat(change.kind()).as(edit.pointer())
                        .isEqualTo(edit.removal() ? ChangeKind.REMOVED : ChangeKind.CHANGED);
                assertThat(change.oldPointer()).as(edit.pointer()).isEqualTo(edit.pointer());
                if (!edit.removal()) {
                    assertThat(change.newPointer()).isEqualTo(edit.pointer());
                }
            }
        }
    }

    /**
     * Random edits of several parts at once, one per top-level part of the document (a seeded draw): the diff of the
     * combined edit is the changes of each edit alone, in document order.
     */
    @Test
    void reportsRandomEditsOfSeveralPartsAsTheChangesOfEachEdit() throws ReflectiveOperationException {
        List<ModelEdits.Edit> edits = ModelEdits.of(CANONICAL);
        RecordComponent[] parts = ProgrammeDocument.class.getRecordComponents();
        java.util.Random random = new java.util.Random(27);
        for (int trial = 0; trial < 200; trial++) {
            Object[] values = new Object[parts.length];
            List<Change> expected = new ArrayList<>();
            for (int p = 0; p < parts.length; p++) {
                String prefix = "/" + parts[p].getName() + "/";
                List<ModelEdits.Edit> ofPart = edits.stream().filter(e -> e.pointer().startsWith(prefix)).toList();
                values[p] = parts[p].getAccessor().invoke(CANONICAL);
                if (!ofPart.isEmpty() && random.nextBoolean()) {
                    ModelEdits.Edit edit = ofPart.get(random.nextInt(ofPart.size()));
                    values[p] = parts[p].getAccessor().invoke(edit.edited());
                    expected.addAll(DocumentDiff.between(CANONICAL, edit.edited()).changes());
                }
            }
            Class<?>[] types = java.util.Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new);
            ProgrammeDocument combined = ProgrammeDocument.class.getDeclaredConstructor(types).newInstance(values);
            assertThat(DocumentDiff.between(CANONICAL, combined).changes()).as("trial " + trial)
                    .containsExactlyElementsOf(expected);
        }
    }

    /** Fails for a component of a record of the canonical document that no edit reached, which no diff would see. */
    @Test
    void everyComponentInTheCanonicalDocumentIsEditedAndCompared() {
        Set<String> present = new TreeSet<>();
        components(CANONICAL, present);
        Set<String> edited = new TreeSet<>();
        for (ModelEdits.Edit edit : ModelEdits.of(CANONICAL)) {
            edited.add(edit.owner().getSimpleName() + "." + edit.component());
        }
        present.removeAll(edited);
        assertThat(present).as("components with values that no edit reached").isSubsetOf(CONSTRAINED.keySet());
    }

    private static void components(Object value, Set<String> found) {
        if (value instanceof List<?> list) {
            list.forEach(e -> components(e, found));
        } else if (value instanceof java.util.Collection<?> set) {
            set.forEach(e -> components(e, found));
        } else if (value instanceof Record record && !ModelWalk.isLeaf(record.getClass())) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    Object part = component.getAccessor().invoke(record);
                    if (part != null && !(part instanceof java.util.Collection<?> l && l.isEmpty())) {
                        if (!(part instanceof Record inner) || ModelWalk.isLeaf(inner.getClass())) {
                            found.add(record.getClass().getSimpleName() + "." + component.getName());
                        }
                        components(part, found);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    @Test
    void namesThePartThePartiesAndTheSubjectOfAChange() {
        ClimateTarget target = CANONICAL.initiatives().get(0).targets().get(0);
        ProgrammeDocument edited = DocumentEdits.initiative(CANONICAL,
                parts -> parts.targets.set(0, withName(target, "Renamed target")));
        Change change = DocumentDiff.between(CANONICAL, edited).changes().get(0);
        assertThat(change.pointer()).isEqualTo("/initiatives/0/targets/0/name");
        assertThat(change.part()).isEqualTo("targets");
        assertThat(change.parties()).isEqualTo(target.owners());
        assertThat(change.subject()).isEqualTo("Renamed target");
        assertThat(change.oldValue()).isEqualTo(target.name());
        assertThat(change.concerns("targets")).isTrue();
        assertThat(change.concerns("actions")).isFalse();
    }

    @Test
    void reportsARenamedElementAsMovedOnlyWhenAsked() {
        ClimateTarget target = CANONICAL.initiatives().get(0).targets().get(0);
        ProgrammeDocument edited = DocumentEdits.initiative(CANONICAL,
                parts -> parts.targets.set(0, withId(target, LocalId.of("renamed-target"))));
        assertThat(DocumentDiff.between(CANONICAL, edited).changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.REMOVED, ChangeKind.ADDED);
        List<Change> moves = DocumentDiff.between(CANONICAL, edited, DiffOptions.DEFAULTS.withMoves(true)).changes();
        assertThat(moves).extracting(Change::kind).containsExactly(ChangeKind.MOVED);
        assertThat(moves.get(0).oldPointer()).isEqualTo("/initiatives/0/targets/0");
    }

    @Test
    void matchesElementsByIdWhereverTheyMoveAndReportsTheFewestReordered() {
        int n = CANONICAL.actors().size();
        ProgrammeDocument reversed = DocumentEdits.actors(CANONICAL, java.util.Collections::reverse);
        List<Change> changes = DocumentDiff.between(CANONICAL, reversed).changes();
        // all but one element must move to reverse a list; nothing inside them changed
        assertThat(changes).hasSize(n - 1).allSatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ChangeKind.REORDERED);
            assertThat(c.newValue()).isEqualTo(c.oldValue());
        });
        assertThat(changes.get(0).oldPointer()).isEqualTo("/actors/0");
        assertThat(changes.get(0).newPointer()).isEqualTo("/actors/" + (n - 1));
        ProgrammeDocument last = DocumentEdits.actors(CANONICAL, actors -> actors.add(actors.remove(0)));
        assertThat(DocumentDiff.between(CANONICAL, last).changes()).extracting(Change::kind, Change::oldPointer,
                Change::newPointer).containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.REORDERED,
                        "/actors/0", "/actors/" + (n - 1)));
    }

    @Test
    void anAddedOrRemovedObjectConcernsThePartsItHolds() {
        ProgrammeDocument without = new ProgrammeDocument(CANONICAL.actors(), CANONICAL.programmes(), List.of(),
                CANONICAL.inventories());
        assertThat(CANONICAL.initiatives().get(0).targets()).hasSizeGreaterThan(1);
        for (DocumentDiff diff : List.of(DocumentDiff.between(without, CANONICAL),
                DocumentDiff.between(CANONICAL, without))) {
            assertThat(diff.only(List.of("targets")).changes()).hasSize(1);
            assertThat(diff.only(List.of("milestones")).changes()).hasSize(1);
            assertThat(diff.only(List.of("inventories")).isEmpty()).isTrue();
        }
    }

    @Test
    void removingOrAddingAnElementReordersNothing() {
        ProgrammeDocument edited = DocumentEdits.actors(CANONICAL, actors -> actors.remove(3));
        assertThat(DocumentDiff.between(CANONICAL, edited).changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.REMOVED);
        assertThat(DocumentDiff.between(edited, CANONICAL).changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.ADDED);
    }

    @Test
    void keepsOnlyTheChangesOfSomeParts() {
        ProgrammeDocument edited = DocumentEdits.actors(CANONICAL, actors -> actors.remove(0));
        DocumentDiff diff = DocumentDiff.between(CANONICAL, edited);
        assertThat(diff.changes()).hasSize(1);
        assertThat(diff.only(List.of("targets")).isEmpty()).isTrue();
        assertThat(diff.only(List.of("targets", "actors")).changes()).hasSize(1);
        assertThat(diff.changes().get(0).parties()).containsExactly(CANONICAL.actors().get(0).id());
    }

    @Test
    void diffsTwoContractRoundsOfOneInitiative() {
        LocalId initiative = CANONICAL.initiatives().get(0).id();
        DocumentDiff rounds = DocumentDiff.betweenRounds(CANONICAL, initiative, 2023, 2024);
        assertThat(rounds.changes()).filteredOn(c -> c.part().equals("signatories"))
                .extracting(Change::kind, Change::newValue)
                .contains(org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, ActorId.of("avesta")));
        assertThat(rounds.changes()).filteredOn(c -> c.part().equals("commitments"))
                .extracting(Change::kind).contains(ChangeKind.ADDED);
        assertThat(rounds.changes()).noneMatch(c -> c.pointer().endsWith("/year"));
        assertThat(DocumentDiff.betweenRounds(CANONICAL, initiative, 2023, 2023).isEmpty()).isTrue();
        assertThatThrownBy(() -> DocumentDiff.betweenRounds(CANONICAL, initiative, 2023, 2019))
                .isInstanceOf(ClimateCityException.class).hasMessageContaining("has no contract round of 2019");
    }

    @Test
    void rejectsAChangeWithoutItsPointer() {
        assertThatThrownBy(() -> new Change(ChangeKind.CHANGED, null, "/a", 1, 2, "a", List.of(), ""))
                .isInstanceOf(ClimateCityException.class).hasMessageContaining("changed must have an older pointer");
    }

    private static ClimateTarget withName(ClimateTarget target, String name) {
        return rebuilt(target, "name", name);
    }

    private static ClimateTarget withId(ClimateTarget target, LocalId id) {
        return rebuilt(target, "id", id);
    }

    private static ClimateTarget rebuilt(ClimateTarget target, String component, Object value) {
        RecordComponent[] components = ClimateTarget.class.getRecordComponents();
        List<Object> values = new ArrayList<>();
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int c = 0; c < components.length; c++) {
                types[c] = components[c].getType();
                values.add(components[c].getName().equals(component) ? value
                        : components[c].getAccessor().invoke(target));
            }
            return Objects.requireNonNull(ClimateTarget.class.getDeclaredConstructor(types)
                    .newInstance(values.toArray()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
