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

class OrderedScalingStagesTest {

    private static ProgrammeDocument withStartYears(int... years) {
        return DocumentEdits.initiative(CanonicalScenario.document(), i -> {
            ScalingPlan plan = i.scalingPlans.get(0);
            List<ScalingStage> stages = new ArrayList<>();
            for (int s = 0; s < plan.stages().size(); s++) {
                ScalingStage st = plan.stages().get(s);
                stages.add(new ScalingStage(st.id(), st.name(), st.geographies(), years[s], st.adoption(),
                        st.saturationShare(), st.jurisdictions(), null));
            }
            i.scalingPlans.set(0, new ScalingPlan(plan.id(), plan.pilot(), stages));
        });
    }

    @Test
    void reportsAStageStartingBeforeThePrevious() {
        assertThat(DocumentValidation.problems(withStartYears(2025, 2030, 2029, 2031))).containsExactly(
                of("initiatives[0].scalingPlans[0].stages[2].startYear", "ordered-scaling-stages",
                        "stages must start in non-decreasing year order, 2029 is before 2030 of stages[1]"));
    }

    @Test
    void acceptsStagesStartingInTheSameYear() {
        assertThat(DocumentValidation.problems(withStartYears(2025, 2025, 2025, 2025))).isEmpty();
    }
}
