package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.programme.TwinPairing;
import org.junit.jupiter.api.Test;

class DistinctTwinCitiesTest {

    @Test
    void reportsACityPairedWithItself() {
        ProgrammeDocument document = DocumentEdits.initiative(CanonicalScenario.document(), i -> {
            TwinPairing twin = i.twinPairings.get(0);
            i.twinPairings.set(0, new TwinPairing(twin.pilotCity(), twin.pilotCity(), twin.since(),
                    twin.sharedTargets(), twin.replicationPlan()));
        });

        assertThat(DocumentValidation.problems(document)).containsExactly(
                of("initiatives[0].twinPairings[0].twinCity", "distinct-twin-cities",
                        "twin city must differ from the pilot city, both are 'borlange'"));
    }
}
