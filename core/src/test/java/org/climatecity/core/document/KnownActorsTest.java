package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.junit.jupiter.api.Test;

class KnownActorsTest {

    private static final String UNKNOWN_BORLANGE = "references unknown actor 'borlange'";

    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void reportsEveryReferenceToAMissingActor() {
        ProgrammeDocument document = DocumentEdits.actors(canonical,
                actors -> actors.removeIf(a -> a.id().equals(CanonicalScenario.BORLANGE)));

        List<DocumentValidation.Problem> expected = new ArrayList<>();
        for (String path : List.of("programmes[0].members[10].member", "programmes[0].support[0].recipient",
                "programmes[0].support[1].recipient", "initiatives[0].leadCity",
                "initiatives[0].twinPairings[0].pilotCity", "initiatives[0].forums[0].participants[0]",
                "initiatives[0].targets[0].owners[0]", "initiatives[0].targets[1].owners[0]",
                "initiatives[0].actionPlans[0].actions[1].participants[1]", "initiatives[0].pilots[0].hostCities[0]",
                "initiatives[0].indicators[2].owner", "initiatives[0].contractRounds[0].signatories[0]",
                "initiatives[0].contractRounds[0].commitments[0].party",
                "initiatives[0].contractRounds[1].signatories[0]",
                "initiatives[0].contractRounds[1].commitments[0].party", "inventories[0].owner",
                "inventories[1].owner", "initiatives[0].actionPlans[0].actions[2].responsible",
                "scenarios[0].owner", "scenarios[1].owner")) {
            expected.add(of(path, "known-actors", UNKNOWN_BORLANGE));
        }
        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void reportsReferencesFromThePartnerFundingAndPlanSides() {
        ProgrammeDocument document = DocumentEdits.actors(canonical, actors -> actors.removeIf(
                a -> List.of(CanonicalScenario.VIABLE_CITIES, CanonicalScenario.TUNABYGGEN,
                        CanonicalScenario.REGION_DALARNA).contains(a.id())));

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("programmes[0].office", "known-actors", "references unknown actor 'viable-cities'"),
                of("initiatives[0].fundingSources[0].funder", "known-actors",
                        "references unknown actor 'viable-cities'"),
                of("initiatives[0].contractRounds[0].signatories[7]", "known-actors",
                        "references unknown actor 'viable-cities'"),
                of("initiatives[0].contractRounds[1].signatories[8]", "known-actors",
                        "references unknown actor 'viable-cities'"),
                of("initiatives[0].fundingSources[1].funder", "known-actors",
                        "references unknown actor 'tunabyggen'"),
                of("initiatives[0].partnerships[5].partner", "known-actors",
                        "references unknown actor 'tunabyggen'"),
                of("initiatives[0].forums[0].participants[4]", "known-actors",
                        "references unknown actor 'tunabyggen'"),
                of("initiatives[0].commitments[0].stakeholder", "known-actors",
                        "references unknown actor 'tunabyggen'"),
                of("initiatives[0].actionPlans[0].actions[0].responsible", "known-actors",
                        "references unknown actor 'tunabyggen'"),
                of("initiatives[0].indicators[0].owner", "known-actors",
                        "references unknown actor 'tunabyggen'"),
                of("initiatives[0].partnerships[0].partner", "known-actors",
                        "references unknown actor 'region-dalarna'"),
                of("initiatives[0].forums[0].convenors[0]", "known-actors",
                        "references unknown actor 'region-dalarna'"),
                of("initiatives[0].actionPlans[0].owners[0]", "known-actors",
                        "references unknown actor 'region-dalarna'"));
    }

    @Test
    void pointsAtTheListElementOfAnIdInAList() {
        ProgrammeDocument document = DocumentEdits.actors(canonical,
                actors -> actors.removeIf(a -> a.id().equals(CanonicalScenario.CIVIL_SOCIETY_DALARNA)));
        ConstraintViolation<ProgrammeDocument> violation = DocumentValidation.violations(document).iterator().next();

        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        assertThat(violation.getPropertyPath()).hasToString("initiatives[0].forums[0].participants[7]");
        assertThat(nodes).hasSize(4);
        assertThat(nodes.get(2).getName()).isEqualTo("participants");
        assertThat(nodes.get(3).getName()).isNull();
        assertThat(nodes.get(3).getIndex()).isEqualTo(7);
        assertThat(nodes.get(3).getKind()).isEqualTo(jakarta.validation.ElementKind.BEAN);
    }
}
