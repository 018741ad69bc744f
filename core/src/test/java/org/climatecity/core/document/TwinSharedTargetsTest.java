package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.List;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.targets.ClimateTarget;
import org.junit.jupiter.api.Test;

class TwinSharedTargetsTest {

    private static final String SHARED = "initiatives[0].twinPairings[0].sharedTargets[0]";

    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void acceptsATargetOwnedByBothCitiesAndOthers() {
        assertThat(DocumentValidation.problems(canonical)).isEmpty();
        ProgrammeDocument withRegion = jointTargetOwnedBy(CanonicalScenario.REGION_DALARNA, CanonicalScenario.AVESTA,
                CanonicalScenario.BORLANGE);

        assertThat(DocumentValidation.problems(withRegion)).isEmpty();
    }

    @Test
    void reportsATargetTheTwinCityDoesNotOwn() {
        ProgrammeDocument document = DocumentEdits.initiative(canonical, i -> i.twinPairings.set(0,
                i.twinPairings.get(0).withSharedTargets(CanonicalScenario.JOINT_TARGET,
                        CanonicalScenario.BORLANGE_TARGET)));

        assertThat(DocumentValidation.problems(document)).containsExactly(
                of("initiatives[0].twinPairings[0].sharedTargets[1]", "twin-shared-targets", "shared target"
                        + " 'borlange-climate-neutral-2030' must be owned by both twin cities, but 'avesta' does not"
                        + " own it"));
    }

    @Test
    void reportsATargetThePilotCityDoesNotOwn() {
        ProgrammeDocument document = jointTargetOwnedBy(CanonicalScenario.AVESTA);

        assertThat(DocumentValidation.problems(document)).containsExactly(of(SHARED, "twin-shared-targets",
                "shared target 'borlange-avesta-climate-neutral-2030' must be owned by both twin cities, but"
                        + " 'borlange' does not own it"));
    }

    @Test
    void reportsATargetNeitherCityOwns() {
        ProgrammeDocument document = jointTargetOwnedBy(CanonicalScenario.REGION_DALARNA);

        assertThat(DocumentValidation.problems(document)).containsExactly(of(SHARED, "twin-shared-targets",
                "shared target 'borlange-avesta-climate-neutral-2030' must be owned by both twin cities, but neither"
                        + " 'borlange' nor 'avesta' owns it"));
    }

    @Test
    void reportsATargetNotOwnedByACityPairedWithItselfOnce() {
        ProgrammeDocument document = DocumentEdits.initiative(jointTargetOwnedBy(CanonicalScenario.AVESTA), i -> {
            TwinPairing twin = i.twinPairings.get(0);
            i.twinPairings.set(0, new TwinPairing(twin.pilotCity(), twin.pilotCity(), twin.since(),
                    twin.sharedTargets(), twin.replicationPlan()));
        });

        assertThat(DocumentValidation.problems(document)).filteredOn(p -> p.code().equals("twin-shared-targets"))
                .containsExactly(of(SHARED, "twin-shared-targets", "shared target"
                        + " 'borlange-avesta-climate-neutral-2030' must be owned by both twin cities, but 'borlange'"
                        + " does not own it"));
    }

    @Test
    void leavesATargetTheInitiativeDoesNotHaveToKnownLocalIds() {
        ProgrammeDocument document = DocumentEdits.initiative(canonical, i -> i.twinPairings.set(0,
                i.twinPairings.get(0).withSharedTargets(LocalId.of("no-such-target"))));

        assertThat(DocumentValidation.problems(document)).containsExactly(of(SHARED, "known-local-ids",
                "references unknown target 'no-such-target' of this initiative"));
    }

    /** The canonical document with the owners of the twins' joint target replaced. */
    private ProgrammeDocument jointTargetOwnedBy(ActorId... owners) {
        return DocumentEdits.initiative(canonical, i -> {
            int joint = 1;
            ClimateTarget target = i.targets.get(joint);
            assertThat(target.id()).isEqualTo(CanonicalScenario.JOINT_TARGET);
            i.targets.set(joint, target.withOwners(List.of(owners)));
        });
    }
}
