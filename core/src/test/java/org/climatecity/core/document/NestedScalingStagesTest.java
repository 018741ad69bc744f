package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.junit.jupiter.api.Test;

class NestedScalingStagesTest {

    @Test
    void reportsAStageThatDoesNotCoverThePrevious() {
        // Europe before Sweden: Sweden does not cover the EU-27
        ProgrammeDocument document = DocumentEdits.initiative(CanonicalScenario.document(), i -> {
            ScalingPlan plan = i.scalingPlans.get(0);
            List<ScalingStage> stages = new ArrayList<>(plan.stages());
            ScalingStage sweden = stages.get(2);
            ScalingStage europe = stages.get(3);
            stages.set(2, new ScalingStage(europe.id(), europe.name(), europe.geographies(), sweden.startYear(),
                    europe.adoption(), europe.saturationShare(), europe.jurisdictions(), null));
            stages.set(3, new ScalingStage(sweden.id(), sweden.name(), sweden.geographies(), europe.startYear(),
                    sweden.adoption(), sweden.saturationShare(), sweden.jurisdictions(), null));
            i.scalingPlans.set(0, new ScalingPlan(plan.id(), plan.pilot(), stages));
        });

        assertThat(DocumentValidation.problems(document)).containsExactly(
                of("initiatives[0].scalingPlans[0].stages[3].geographies", "nested-scaling-stages",
                        "geographies of stage 'sweden' must cover those of the previous stage 'europe'"));
    }
}
