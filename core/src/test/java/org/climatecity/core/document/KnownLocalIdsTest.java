package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.List;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.programme.CollaborationForum;
import org.climatecity.core.programme.TwinPairing;
import org.junit.jupiter.api.Test;

class KnownLocalIdsTest {

    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void reportsSharedTargetsForumOutputsAndScaledPilotsThatTheInitiativeLacks() {
        ProgrammeDocument document = DocumentEdits.initiative(canonical, i -> {
            TwinPairing twin = i.twinPairings.get(0);
            i.twinPairings.set(0, new TwinPairing(twin.pilotCity(), twin.twinCity(), twin.since(),
                    List.of(CanonicalScenario.JOINT_TARGET, LocalId.of("no-such-target")), null));
            CollaborationForum forum = i.forums.get(0);
            i.forums.set(0, new CollaborationForum(forum.id(), forum.name(), forum.convenors(),
                    forum.participants(), forum.purposes(), List.of(CanonicalScenario.JOINT_TARGET)));
            ScalingPlan plan = i.scalingPlans.get(0);
            i.scalingPlans.set(0, new ScalingPlan(plan.id(), LocalId.of("other-pilot"), plan.stages()));
        });

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("initiatives[0].twinPairings[0].sharedTargets[1]", "known-local-ids",
                        "references unknown target 'no-such-target' of this initiative"),
                of("initiatives[0].forums[0].outputs[0]", "known-local-ids",
                        "references unknown action plan 'borlange-avesta-climate-neutral-2030' of this initiative"),
                of("initiatives[0].scalingPlans[0].pilot", "known-local-ids",
                        "references unknown pilot 'other-pilot' of this initiative"));
    }
}
