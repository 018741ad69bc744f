package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.programme.Initiative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UniqueIdsTest {

    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void reportsEachLocalIdOfACopiedInitiativeOncePerKind() {
        List<Initiative> twice = List.of(canonical.initiatives().get(0), canonical.initiatives().get(0));
        ProgrammeDocument document = new ProgrammeDocument(canonical.actors(), canonical.programmes(), twice,
                canonical.inventories());

        String already = "' must be unique in the document, already used by initiatives[0].";
        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("initiatives[1].id", "unique-ids", "initiative id 'klimatneutrala-borlange' must be unique"
                        + " in the document, already used by initiatives[0]"),
                of("initiatives[1].targets[0].id", "unique-ids",
                        "target id 'borlange-climate-neutral-2030" + already + "targets[0]"),
                of("initiatives[1].targets[1].id", "unique-ids",
                        "target id 'borlange-avesta-climate-neutral-2030" + already + "targets[1]"),
                of("initiatives[1].forums[0].id", "unique-ids",
                        "forum id 'samverkansforum-dalarna" + already + "forums[0]"),
                of("initiatives[1].actionPlans[0].id", "unique-ids",
                        "action plan id 'handlingsplan-dalarna" + already + "actionPlans[0]"),
                of("initiatives[1].actionPlans[0].actions[0].id", "unique-ids",
                        "action id 'energy-efficient-rental-housing" + already + "actionPlans[0].actions[0]"),
                of("initiatives[1].actionPlans[0].actions[1].id", "unique-ids",
                        "action id 'fossil-free-heavy-transport" + already + "actionPlans[0].actions[1]"),
                of("initiatives[1].actionPlans[0].actions[2].id", "unique-ids",
                        "action id 'public-charging-borlange" + already + "actionPlans[0].actions[2]"),
                of("initiatives[1].pilots[0].id", "unique-ids",
                        "pilot id 'household-climate-coaching" + already + "pilots[0]"),
                of("initiatives[1].scalingPlans[0].id", "unique-ids",
                        "scaling plan id 'scale-household-climate-coaching" + already + "scalingPlans[0]"),
                of("initiatives[1].indicators[0].id", "unique-ids",
                        "indicator id 'renovated-apartments" + already + "indicators[0]"),
                of("initiatives[1].indicators[1].id", "unique-ids",
                        "indicator id 'fossil-free-trucks" + already + "indicators[1]"),
                of("initiatives[1].indicators[2].id", "unique-ids",
                        "indicator id 'electric-car-share-borlange" + already + "indicators[2]"),
                of("initiatives[1].fundingSources[0].id", "unique-ids",
                        "funding source id 'viable-cities-funding-borlange" + already + "fundingSources[0]"),
                of("initiatives[1].fundingSources[1].id", "unique-ids",
                        "funding source id 'tunabyggen-own-budget" + already + "fundingSources[1]"),
                of("initiatives[1].fundingSources[2].id", "unique-ids",
                        "funding source id 'borlange-energi-investment" + already + "fundingSources[2]"),
                of("initiatives[1].investmentPlans[0].id", "unique-ids",
                        "investment plan id 'investment-plan-dalarna" + already + "investmentPlans[0]"),
                of("initiatives[1].pathways[0].id", "unique-ids",
                        "impact pathway id 'fossil-free-transport-pathway" + already + "pathways[0]"));
    }

    @Test
    void reportsAScenarioIdUsedTwice() {
        ProgrammeDocument document = canonical.withScenarios(List.of(canonical.scenarios().get(0),
                canonical.scenarios().get(1), canonical.scenarios().get(0)));

        assertThat(DocumentValidation.problems(document)).containsExactly(of("scenarios[2].id", "unique-ids",
                "scenario id 'borlange-business-as-usual' must be unique in the document, already used by"
                        + " scenarios[0]"));
    }

    @Test
    void reportsAnActorIdUsedTwice() {
        ProgrammeDocument document = DocumentEdits.actors(canonical, actors -> actors.add(actors.get(2)));

        assertThat(DocumentValidation.problems(document)).containsExactly(of("actors[41].id", "unique-ids",
                "actor id 'borlange' must be unique in the document, already used by actors[2]"));
    }

    @Test
    void reportsAnActionIdRepeatedInAnotherPlanOfTheInitiative() {
        ProgrammeDocument document = DocumentEdits.initiative(canonical, i -> {
            ActionPlan plan = i.actionPlans.get(0);
            i.actionPlans.add(new ActionPlan(org.climatecity.core.id.LocalId.of("second-plan"), "Second plan",
                    plan.owners(), 2025, List.of(plan.actions().get(1))));
        });

        assertThat(DocumentValidation.problems(document)).containsExactly(
                of("initiatives[0].actionPlans[1].actions[0].id", "unique-ids", "action id"
                        + " 'fossil-free-heavy-transport' must be unique in the document, already used by"
                        + " initiatives[0].actionPlans[0].actions[1]"));
    }

    @Test
    void reportsASecondPartnershipOfOnePartner() {
        ProgrammeDocument document = DocumentEdits.initiative(canonical,
                i -> i.partnerships.add(new ArrayList<>(i.partnerships).get(3)));

        assertThat(DocumentValidation.problems(document)).containsExactly(
                of("initiatives[0].partnerships[7].partner", "unique-ids",
                        "partner 'ssab' must have one partnership per initiative, already has"
                                + " initiatives[0].partnerships[3]"));
    }

    static Stream<Arguments> repeatsOfOneKind() {
        return Stream.of(
                Arguments.of("target", "targets[2]", (Consumer<DocumentEdits.InitiativeParts>)
                        i -> i.targets.add(i.targets.get(0))),
                Arguments.of("forum", "forums[1]", (Consumer<DocumentEdits.InitiativeParts>)
                        i -> i.forums.add(i.forums.get(0))),
                Arguments.of("pilot", "pilots[1]", (Consumer<DocumentEdits.InitiativeParts>)
                        i -> i.pilots.add(i.pilots.get(0))),
                Arguments.of("scaling plan", "scalingPlans[1]", (Consumer<DocumentEdits.InitiativeParts>)
                        i -> i.scalingPlans.add(i.scalingPlans.get(0))),
                Arguments.of("indicator", "indicators[" + CanonicalScenario.document().initiatives().get(0)
                        .indicators().size() + "]", (Consumer<DocumentEdits.InitiativeParts>)
                        i -> i.indicators.add(i.indicators.get(0))),
                Arguments.of("funding source", "fundingSources[3]", (Consumer<DocumentEdits.InitiativeParts>)
                        i -> i.fundingSources.add(i.fundingSources.get(0))),
                Arguments.of("investment plan", "investmentPlans[1]", (Consumer<DocumentEdits.InitiativeParts>)
                        i -> i.investmentPlans.add(i.investmentPlans.get(0))));
    }

    // a valid document is checked without paths first; each kind alone must still be found and reported
    @ParameterizedTest(name = "{0}")
    @MethodSource("repeatsOfOneKind")
    void reportsARepeatOfOneKindAlone(String kind, String repeat, Consumer<DocumentEdits.InitiativeParts> edit) {
        ProgrammeDocument document = DocumentEdits.initiative(canonical, edit);

        assertThat(DocumentValidation.problems(document)).filteredOn(p -> p.code().equals("unique-ids"))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("initiatives[0]." + repeat + ".id");
                    assertThat(p.message()).startsWith(kind + " id '").contains("already used by initiatives[0].");
                });
    }

    @Test
    void reportsAnInitiativeIdUsedTwiceAlone() {
        Initiative first = canonical.initiatives().get(0);
        Initiative empty = new Initiative(first.id(), "Same id, nothing else", first.leadCity(),
                first.scopes(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of());
        ProgrammeDocument document = new ProgrammeDocument(canonical.actors(), canonical.programmes(),
                List.of(first, empty), canonical.inventories());

        assertThat(DocumentValidation.problems(document)).filteredOn(p -> p.code().equals("unique-ids"))
                .containsExactly(of("initiatives[1].id", "unique-ids", "initiative id 'klimatneutrala-borlange'"
                        + " must be unique in the document, already used by initiatives[0]"));
    }
}
