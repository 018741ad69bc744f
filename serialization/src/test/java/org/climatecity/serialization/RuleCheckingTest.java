package org.climatecity.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Company;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.common.Money;
import org.climatecity.core.document.DocumentRules;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GpcSector;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.Membership;
import org.climatecity.core.programme.Support;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.scenario.ScenarioKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * By default the document rules are checked as plain Java, without a Jakarta Validation provider; the problems are
 * the same as those of a provider given to the builder (Hibernate Validator with Expressly, as core's tests use),
 * messages and positions included, even for user input that looks like an expression.
 */
class RuleCheckingTest {

    private static final Validator HIBERNATE = Validation.buildDefaultValidatorFactory().getValidator();
    private static final ClimateCityDocuments PLAIN = ClimateCityDocuments.defaults();
    private static final ClimateCityDocuments PROVIDER = ClimateCityDocuments.builder().validator(HIBERNATE).build();
    private static final JsonMapper MAPPER = JsonMapper.shared();

    @Test
    void validatesWithoutAProviderByDefaultAndReportsWhatTheProviderReports() {
        ProgrammeDocument canonical = CanonicalScenario.document();
        List<ProgrammeDocument> documents = List.of(canonical, CanonicalScenario.invalidVariant(),
                trap("${validatedValue} #{1+1} {groups} {message} \\ $ \\{ {"),
                trap("plain"),
                trap("{unclosed"),
                DocumentEdits.programme(canonical, p -> {
                    p.office = CanonicalScenario.VINNOVA;
                    p.members.add(Membership.since(CanonicalScenario.SSAB, CanonicalScenario.EXPANSION));
                }));
        for (ProgrammeDocument document : documents) {
            assertThat(PLAIN.validate(document)).isEqualTo(PROVIDER.validate(document));
        }
        assertThat(PLAIN.validate(canonical)).isEmpty();
        assertThat(PLAIN.validate(CanonicalScenario.invalidVariant())).hasSize(7);
        assertThat(PLAIN.validate(trap("${1+1}"))).containsExactly(new Problem("/initiatives/0/leadCity",
                "referenced-actor-kinds", "must name a municipality, but 'trap' (${1+1}) is a company", 0, 0));
    }

    @Test
    void readingReportsTheSameProblemsAtTheSamePositions() {
        byte[] invalid = ClimateCityDocuments.defaults().writeToString(CanonicalScenario.invalidVariant())
                .getBytes(StandardCharsets.UTF_8);

        List<Problem> plain = catchThrowableOfType(DocumentReadException.class, () -> PLAIN.read(invalid)).problems();
        List<Problem> provider = catchThrowableOfType(DocumentReadException.class, () -> PROVIDER.read(invalid))
                .problems();

        assertThat(plain).hasSize(7).isEqualTo(provider);
        assertThat(plain).allSatisfy(p -> assertThat(p.line()).isPositive());
    }

    @Test
    void documentsWithInitiativesFirstOrFailingReportWhatTheProviderReports() {
        // the rules are checked on the document once read, whatever the order of its properties, and on what bound
        ObjectNode invalid = tree(CanonicalScenario.invalidVariant());
        ObjectNode initiativesFirst = MAPPER.createObjectNode();
        initiativesFirst.set("initiatives", invalid.get("initiatives"));
        invalid.properties().forEach(p -> initiativesFirst.set(p.getKey(), p.getValue()));
        ObjectNode twoInitiatives = invalid.deepCopy();
        ObjectNode copy = ((ObjectNode) twoInitiatives.get("initiatives").get(0)).deepCopy();
        copy.put("id", "second").put("leadCity", "nowhere");
        ((ArrayNode) twoInitiatives.get("initiatives")).add(copy);
        ObjectNode firstFailing = twoInitiatives.deepCopy();
        ((ObjectNode) firstFailing.get("initiatives").get(0)).put("leadCity", 5);

        for (ObjectNode document : List.of(invalid, initiativesFirst, twoInitiatives, firstFailing)) {
            byte[] json = MAPPER.writeValueAsBytes(document);
            List<Problem> plain = catchThrowableOfType(DocumentReadException.class, () -> PLAIN.read(json))
                    .problems();
            List<Problem> provider = catchThrowableOfType(DocumentReadException.class, () -> PROVIDER.read(json))
                    .problems();
            assertThat(plain).isEqualTo(provider);
        }
        assertThat(problems(twoInitiatives)).contains("/initiatives/1/leadCity known-actors",
                "/initiatives/1/targets/0/id unique-ids");
        assertThat(problems(firstFailing)).contains("/initiatives/0/leadCity wrong-type",
                "/initiatives/1/leadCity known-actors").doesNotContain("/initiatives/1/targets/0/id unique-ids");
    }

    @Test
    void everyRuleGivesTheSameProblemsReadWithHibernateValidatorAsWithout() {
        List<ProgrammeDocument> documents = brokenDocuments();
        Set<String> broken = new TreeSet<>();
        for (ProgrammeDocument document : documents) {
            List<Problem> plain = PLAIN.validate(document);
            assertThat(plain).isNotEmpty().isEqualTo(PROVIDER.validate(document));
            byte[] json = PLAIN.writeToString(document).getBytes(StandardCharsets.UTF_8);
            List<Problem> read = catchThrowableOfType(DocumentReadException.class, () -> PLAIN.read(json))
                    .problems();
            assertThat(read).hasSameSizeAs(plain).allSatisfy(p -> assertThat(p.line()).isPositive())
                    .isEqualTo(catchThrowableOfType(DocumentReadException.class, () -> PROVIDER.read(json))
                            .problems());
            plain.forEach(p -> broken.add(p.code()));
        }
        assertThat(broken).as("a broken document for every rule").containsExactlyInAnyOrderElementsOf(
                DocumentRules.codes());
    }

    /** Documents that, between them, break every document rule. */
    private static List<ProgrammeDocument> brokenDocuments() {
        ProgrammeDocument canonical = CanonicalScenario.document();
        return List.of(
                // unique-ids, known-actors, referenced-actor-kinds, non-overlapping-roles, ordered-scopes,
                // nested-scaling-stages, ordered-target-years
                CanonicalScenario.invalidVariant(),
                DocumentEdits.initiative(canonical, i -> {
                    ScalingPlan plan = i.scalingPlans.get(0);
                    i.scalingPlans.set(0, new ScalingPlan(plan.id(), LocalId.of("other-pilot"), plan.stages()));
                }),
                DocumentEdits.initiative(canonical, i -> {
                    TwinPairing twin = i.twinPairings.get(0);
                    i.twinPairings.set(0, new TwinPairing(twin.pilotCity(), twin.pilotCity(), twin.since(),
                            List.of(), twin.replicationPlan()));
                }),
                DocumentEdits.programme(canonical,
                        p -> p.members.add(Membership.since(CanonicalScenario.BORLANGE, CanonicalScenario.EXPANSION))),
                DocumentEdits.initiative(canonical, i -> {
                    ScalingPlan plan = i.scalingPlans.get(0);
                    List<ScalingStage> stages = new ArrayList<>(plan.stages());
                    ScalingStage last = stages.get(stages.size() - 1);
                    stages.set(stages.size() - 1, new ScalingStage(last.id(), last.name(), last.geographies(),
                            stages.get(stages.size() - 2).startYear() - 1, last.adoption(), last.saturationShare(),
                            last.jurisdictions(), null));
                    i.scalingPlans.set(0, new ScalingPlan(plan.id(), plan.pilot(), stages));
                }),
                DocumentEdits.actors(canonical, a -> a.add(Municipality.of(ActorId.of("nowhere"), "Nowhere",
                        MunicipalityCode.of("2099")))),
                DocumentEdits.inventories(canonical, inventories -> {
                    EmissionsInventory first = inventories.get(1);
                    inventories.add(EmissionsInventory.of(first.owner(), first.year(), first.boundary(),
                            first.gasBasis(), first.provenance(), List.of()));
                }),
                DocumentEdits.actors(canonical, actors -> {
                    for (int a = 0; a < actors.size(); a++) {
                        if (actors.get(a).id().equals(CanonicalScenario.AVESTA)) {
                            actors.set(a, ((Municipality) actors.get(a)).withPartOf(CanonicalScenario.REGION_DALARNA));
                        }
                    }
                }),
                DocumentEdits.programme(canonical, p -> {
                    Support first = p.support.get(0);
                    p.support.set(0, new Support(first.recipient(), first.kind(), first.description(),
                            Money.of(500_000, "SEK"), first.period(), first.funding(), null));
                }),
                DocumentEdits.initiative(canonical, i -> i.twinPairings.set(0, i.twinPairings.get(0)
                        .withSharedTargets(CanonicalScenario.JOINT_TARGET, CanonicalScenario.BORLANGE_TARGET))),
                DocumentEdits.inventories(canonical, inventories -> {
                    EmissionsInventory first = inventories.get(0);
                    List<org.climatecity.core.emissions.InventoryEntry> entries = new ArrayList<>(first.entries());
                    for (int e = 0; e < 2; e++) {
                        entries.set(e, org.climatecity.core.emissions.InventoryEntry.of(entries.get(e).sector(),
                                Double.MAX_VALUE));
                    }
                    inventories.set(0, EmissionsInventory.of(first.owner(), first.year(), first.boundary(),
                            first.gasBasis(), first.provenance(), entries));
                }),
                // scenario-base-inventories: Borlänge holds no inventory of 2022
                canonical.withScenarios(List.of(Scenario.builder(LocalId.of("from-2022"), "From 2022",
                        CanonicalScenario.BORLANGE, ScenarioKind.OTHER, 2022, Boundary.TERRITORIAL).build())),
                // action-sectors: Borlänge's inventories use the Swedish main sectors, not the GPC's
                charging(canonical, effect -> new ActionEffect(effect.basis(), effect.reductions(),
                        List.of(GpcSector.TRANSPORTATION), List.of(), null)),
                // stated-overlaps: both transport actions cut domestic transport in tonnes, neither on top of the other
                charging(canonical, effect -> new ActionEffect(effect.basis(), effect.reductions(), effect.sectors(),
                        List.of(), null)));
    }

    /** The canonical document with the effect of its charging action changed. */
    private static ProgrammeDocument charging(ProgrammeDocument canonical, UnaryOperator<ActionEffect> change) {
        return DocumentEdits.initiative(canonical, i -> {
            ActionPlan plan = i.actionPlans.get(0);
            List<Action> actions = new ArrayList<>(plan.actions());
            Action charging = actions.get(2);
            actions.set(2, charging.withEffect(change.apply(charging.effect())));
            i.actionPlans.set(0, new ActionPlan(plan.id(), plan.name(), plan.owners(), plan.adoptedYear(), actions));
        });
    }

    private static ObjectNode tree(ProgrammeDocument document) {
        return (ObjectNode) MAPPER.readTree(PLAIN.writeToString(document));
    }

    private static List<String> problems(ObjectNode document) {
        byte[] json = MAPPER.writeValueAsBytes(document);
        return catchThrowableOfType(DocumentReadException.class, () -> PLAIN.read(json)).problems().stream()
                .map(p -> p.pointer() + " " + p.code()).toList();
    }

    /** A document whose lead city is a company with the given name, which the violation's message shows. */
    private static ProgrammeDocument trap(String name) {
        ActorId trap = ActorId.of("trap");
        return DocumentEdits.initiative(DocumentEdits.actors(CanonicalScenario.document(),
                a -> a.add(new Company(trap, name, GovernanceLevel.LOCAL, null))), i -> i.leadCity = trap);
    }
}
