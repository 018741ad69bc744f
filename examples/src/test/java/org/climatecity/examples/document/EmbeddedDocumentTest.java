package org.climatecity.examples.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.fixture.CanonicalScenario.AVESTA;
import static org.climatecity.core.fixture.CanonicalScenario.BORLANGE;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.ActorSector;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.GoldenFiles;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.pilot.DriverKind;
import org.climatecity.core.pilot.Jurisdiction;
import org.climatecity.core.pilot.Pilot;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.PartnerRole;
import org.climatecity.core.programme.Programme;
import org.climatecity.core.programme.Support;
import org.climatecity.core.programme.SupportKind;
import org.climatecity.core.targets.TargetKind;
import org.climatecity.examples.DocumentFiles;
import org.climatecity.serialization.ClimateCityDocuments;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that the committed embedded document is exactly what {@link BorlangeAvestaDalarna} generates (a golden file,
 * regenerated with {@link GoldenFiles#COMMAND}).
 */
class EmbeddedDocumentTest {

    /** The resource file, relative to the examples module. */
    static final Path RESOURCE = Path.of("src/main/resources/org/climatecity/examples/borlange-avesta-dalarna.json");

    static String generated() {
        return ClimateCityDocuments.defaults().writeToString(BorlangeAvestaDalarna.document());
    }

    @Test
    @Tag(GoldenFiles.TAG)
    void committedResourceIsWhatTheGeneratorWrites() throws IOException {
        GoldenFiles.check(RESOURCE, generated());
    }

    @Test
    void embeddedResourceIsValidAgainstThePublishedJsonSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ClimateCityDocuments.jsonSchema());
        String committed = Files.readString(RESOURCE, StandardCharsets.UTF_8);
        assertThat(schema.validate(JsonMapper.builder().build().readTree(committed))).isEmpty();
    }

    @Test
    void jsonSchemaRejectsTheEmbeddedDocumentWithAWrongType() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ClimateCityDocuments.jsonSchema());
        String broken = Files.readString(RESOURCE, StandardCharsets.UTF_8)
                .replaceFirst("\"climateNeutralityYear\": 2030", "\"climateNeutralityYear\": \"2030\"");
        assertThat(broken).contains("\"climateNeutralityYear\": \"2030\"");
        assertThat(schema.validate(JsonMapper.builder().build().readTree(broken))).isNotEmpty();
    }

    @Test
    void embeddedDocumentTellsTheStoryOfFirstDecember2024() {
        ProgrammeDocument document = DocumentFiles.readEmbedded().result().document();
        Programme programme = document.firstProgramme();
        assertThat(programme.name()).isEqualTo("Viable Cities");
        assertThat(programme.memberCountOn(CanonicalScenario.BEFORE_EXPANSION)).isEqualTo(23);
        assertThat(programme.memberCountOn(CanonicalScenario.EXPANSION)).isEqualTo(48);
        assertThat(document.membersOn(CanonicalScenario.EXPANSION)).extracting(Actor::name)
                .contains("Borås", "Borlänge", "Stockholm", "Örebro", "Östersund").hasSize(23);
        assertThat(programme.agenciesOn(CanonicalScenario.EXPANSION)).extracting(ActorId::value)
                .containsExactlyInAnyOrder("energimyndigheten", "vinnova", "formas", "tillvaxtverket",
                        "trafikverket", "naturvardsverket");
        assertThat(programme.members()).filteredOn(m -> m.member().equals(BORLANGE)).singleElement()
                .satisfies(m -> assertThat(m.period().start()).isEqualTo(LocalDate.of(2021, 10, 1)));
        for (ActorId city : List.of(BORLANGE, AVESTA)) {
            assertThat(programme.supportFor(city)).extracting(Support::kind)
                    .containsExactlyInAnyOrder(SupportKind.FUNDING, SupportKind.EXPERT_SUPPORT);
        }

        Initiative initiative = document.initiatives().get(0);
        assertThat(initiative.name()).isEqualTo("Klimatneutrala Borlänge");
        assertThat(initiative.target(CanonicalScenario.BORLANGE_TARGET)).hasValueSatisfying(t -> {
            assertThat(t.targetYear()).isEqualTo(2030);
            assertThat(t.kind()).isInstanceOf(TargetKind.ClimateNeutral.class);
        });
        assertThat(initiative.scopeOn(CanonicalScenario.BEFORE_EXPANSION)).hasValueSatisfying(
                s -> assertThat(s.geography()).isEqualTo(Geography.municipality(MunicipalityCode.of("2081"))));
        assertThat(initiative.scopeOn(CanonicalScenario.EXPANSION)).hasValueSatisfying(
                s -> assertThat(s.geography()).isEqualTo(Geography.county(CountyCode.of("20"))));
        assertThat(initiative.twinPairingsOn(CanonicalScenario.BEFORE_EXPANSION)).isEmpty();
        assertThat(initiative.twinPairingsOn(CanonicalScenario.EXPANSION)).singleElement().satisfies(twin -> {
            assertThat(twin.twinCity()).isEqualTo(AVESTA);
            assertThat(initiative.target(twin.sharedTargets().get(0)).orElseThrow().owners())
                    .containsExactly(BORLANGE, AVESTA);
        });
        for (ActorId region : List.of(CanonicalScenario.REGION_DALARNA, CanonicalScenario.LANSSTYRELSEN_DALARNA)) {
            assertThat(document.partnerRolesOn(initiative.id(), region, CanonicalScenario.BEFORE_EXPANSION))
                    .containsExactly(PartnerRole.SUPPORTING);
            assertThat(document.partnerRolesOn(initiative.id(), region, CanonicalScenario.EXPANSION))
                    .containsExactlyInAnyOrder(PartnerRole.ACTIVE_PARTY, PartnerRole.COORDINATOR);
        }
        assertThat(initiative.partnerships()).extracting(p -> document.requireActor(p.partner()).name())
                .contains("Borlänge Energi", "SSAB", "Högskolan Dalarna", "Tunabyggen", "IKEA");
        assertThat(document.forumParticipantsBySector(CanonicalScenario.FORUM).keySet())
                .contains(ActorSector.PUBLIC, ActorSector.BUSINESS, ActorSector.CIVIL_SOCIETY);
    }

    @Test
    void embeddedDocumentHoldsSmhiInventoriesAndAScalingPlanToTheEu27() {
        ProgrammeDocument document = DocumentFiles.readEmbedded().result().document();
        assertThat(document.inventories()).hasSize(20).allSatisfy(i -> {
            assertThat(i.provenance().kind()).isEqualTo(Provenance.Kind.OFFICIAL_STATISTICS);
            assertThat(i.provenance().source().publisher()).isEqualTo("SMHI");
        });
        assertThat(Math.round(document.inventoriesOf(BORLANGE).get(9).total().tonnesCo2e())).isEqualTo(423_796L);
        assertThat(document.inventoriesOf(AVESTA).get(0).year()).isEqualTo(1990);

        Initiative initiative = document.initiatives().get(0);
        Pilot pilot = initiative.pilots().get(0);
        assertThat(pilot.hostCities()).containsExactly(BORLANGE, AVESTA);
        assertThat(pilot.driver().kind()).isEqualTo(DriverKind.POPULATION);
        assertThat(pilot.provenance().isIllustrative()).isTrue();
        assertThat(pilot.provenance().note()).isNotBlank();
        ScalingPlan plan = initiative.scalingPlans().get(0);
        assertThat(plan.pilot()).isEqualTo(pilot.id());
        assertThat(plan.stages()).extracting(ScalingStage::name)
                .containsExactly("Borlänge and Avesta", "Dalarna", "Sweden", "Europe");
        ScalingStage europe = plan.stages().get(3);
        assertThat(europe.geographies()).singleElement().isInstanceOfSatisfying(Geography.CountryGroupArea.class,
                g -> assertThat(g.countries()).hasSize(27));
        assertThat(europe.jurisdictions()).hasSize(27).allSatisfy(state -> {
            assertThat(state.geography()).isInstanceOf(Geography.CountryArea.class);
            assertThat(state.provenance().kind()).isEqualTo(Provenance.Kind.OFFICIAL_STATISTICS);
            assertThat(state.provenance().source().publisher()).isEqualTo("UN DESA, Population Division");
        });
        assertThat(initiative.actionPlans()).extracting(ActionPlan::name).anySatisfy(
                name -> assertThat(name).contains("illustrative"));
    }

    @Test
    void embeddedResourceReadsBackAsTheGeneratedDocument() {
        DocumentFiles.Loaded loaded = DocumentFiles.readEmbedded();
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.result().document()).isEqualTo(BorlangeAvestaDalarna.document());
        assertThat(loaded.result().unknownProperties().isEmpty()).isTrue();
    }

    @Test
    void marksEveryInventedOrAssumedValueInTheJsonItself() throws IOException {
        String json;
        try (var in = DocumentFiles.class.getResourceAsStream(DocumentFiles.EMBEDDED_RESOURCE)) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        java.util.Map<String, String> marked = new java.util.TreeMap<>();
        collectMarked(JsonMapper.builder().build().readTree(json), "", marked);

        java.util.Map<String, String> expected = new java.util.TreeMap<>();
        // the first nine cities' work in the programme from 2019 (the year only), and Trafikverket, the fifth agency
        // by December 2021 (the day not given); the 14 cities of 1 October 2021, Naturvårdsverket from the round of
        // 8 December 2022, the initiative's start and Region Dalarna's and Länsstyrelsen Dalarna's roles from then on
        // are sourced
        for (int m = 0; m <= 8; m++) {
            expected.put("/programmes/0/members/" + m, "assumed");
        }
        expected.put("/programmes/0/agencies/4", "assumed");
        // the other project partners, named without the day they joined: documented from the project's start
        for (int p = 2; p <= 6; p++) {
            expected.put("/initiatives/0/partnerships/" + p + "/roles/0", "assumed");
        }
        // the residual share of both targets: not in the sources
        expected.put("/initiatives/0/targets/0", "assumed");
        expected.put("/initiatives/0/targets/1", "assumed");
        // the forum's name and named participants: the seed article describes the forum without them
        expected.put("/initiatives/0/forums/0", "illustrative");
        // made up to illustrate: the pledge, the 2027 milestones, the forum's and the joint plan's actions, the
        // pilot's effect and the scaling stages
        expected.put("/initiatives/0/commitments/0", "illustrative");
        expected.put("/initiatives/0/targets/0/milestones/0", "illustrative");
        expected.put("/initiatives/0/targets/1/milestones/0", "illustrative");
        // the forum's plan: its actions and their effects with uncertainty
        for (int a = 0; a <= 2; a++) {
            expected.put("/initiatives/0/actionPlans/0/actions/" + a, "illustrative");
            expected.put("/initiatives/0/actionPlans/0/actions/" + a + "/effect", "illustrative");
        }
        for (int c = 0; c <= 2; c++) {
            expected.put("/initiatives/0/actionPlans/0/actions/0/statusHistory/" + c, "illustrative");
        }
        for (int a = 0; a <= 5; a++) {
            expected.put("/initiatives/0/actionPlans/1/actions/" + a, "illustrative");
        }
        // the joint plan's status histories: two, three, one, one, two and one change
        int[] changes = {2, 3, 1, 1, 2, 1};
        for (int a = 0; a < changes.length; a++) {
            for (int c = 0; c < changes[a]; c++) {
                expected.put("/initiatives/0/actionPlans/1/actions/" + a + "/statusHistory/" + c, "illustrative");
            }
        }
        // the effects of the joint plan's actions but the SSAB study, which states none
        for (int a = 0; a <= 4; a++) {
            expected.put("/initiatives/0/actionPlans/1/actions/" + a + "/effect", "illustrative");
        }
        // the impact pathways, and the four scenarios with their assumptions: business as usual with one, the plan
        // with two
        expected.put("/initiatives/0/pathways/0", "illustrative");
        expected.put("/initiatives/0/pathways/1", "illustrative");
        for (int s = 0; s <= 3; s++) {
            expected.put("/scenarios/" + s, "illustrative");
            for (int a = 0; a <= s % 2; a++) {
                expected.put("/scenarios/" + s + "/assumptions/" + a, "illustrative");
            }
        }
        expected.put("/initiatives/0/pilots/0", "illustrative");
        for (int stage = 0; stage <= 3; stage++) {
            expected.put("/initiatives/0/scalingPlans/0/stages/" + stage, "illustrative");
        }
        // the illustrative funding of the forum's plan: two funding sources, Borlänge Energi's funder role and the
        // investment plan
        expected.put("/initiatives/0/partnerships/2/roles/1", "illustrative");
        expected.put("/initiatives/0/fundingSources/1", "illustrative");
        expected.put("/initiatives/0/fundingSources/2", "illustrative");
        expected.put("/initiatives/0/investmentPlans/0", "illustrative");
        // the joint plan's investment plan and the four sources it adds (budgets of both cities, a grant applied for,
        // a loan)
        for (int s = 3; s <= 6; s++) {
            expected.put("/initiatives/0/fundingSources/" + s, "illustrative");
        }
        expected.put("/initiatives/0/investmentPlans/1", "illustrative");
        // the rounds of the contract: the wording of the commitments, and the 2024 signing day, not in the sources
        expected.put("/initiatives/0/contractRounds/0", "illustrative");
        expected.put("/initiatives/0/contractRounds/1", "illustrative");
        // the indicators of the actions, as made up as the actions, and the one renovation count observed; the
        // Klimatkollen key figures after them (indicators 6 to 15) are sourced, none is marked
        expected.put("/initiatives/0/indicators/0", "illustrative");
        expected.put("/initiatives/0/indicators/0/observations/0", "illustrative");
        expected.put("/initiatives/0/indicators/0/observations/1", "illustrative");
        expected.put("/initiatives/0/indicators/1", "illustrative");
        for (int k = 2; k <= 5; k++) {
            expected.put("/initiatives/0/indicators/" + k, "illustrative");
        }

        assertThat(marked).isEqualTo(expected);
    }

    private static void collectMarked(tools.jackson.databind.JsonNode node, String pointer,
            java.util.Map<String, String> marked) {
        if (node.isObject()) {
            tools.jackson.databind.JsonNode provenance = node.get("provenance");
            if (provenance != null && provenance.has("kind")) {
                String kind = provenance.get("kind").stringValue();
                if (kind.equals("illustrative") || kind.equals("assumed")) {
                    marked.put(pointer, kind);
                }
            }
            node.properties().forEach(e -> collectMarked(e.getValue(), pointer + "/" + e.getKey(), marked));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectMarked(node.get(i), pointer + "/" + i, marked);
            }
        }
    }
}
