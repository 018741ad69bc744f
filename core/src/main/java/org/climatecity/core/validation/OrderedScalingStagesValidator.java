package org.climatecity.core.validation;

import java.util.List;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;

/**
 * Validates {@link OrderedScalingStages}. Created by the Jakarta Validation provider; not meant to be called
 * directly.
 *
 * @since 0.1.0
 */
public final class OrderedScalingStagesValidator extends DocumentRule<OrderedScalingStages> {

    /** Creates the validator. */
    public OrderedScalingStagesValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        for (int i = 0; i < document.initiatives().size(); i++) {
            List<ScalingPlan> plans = document.initiatives().get(i).scalingPlans();
            for (int p = 0; p < plans.size(); p++) {
                List<ScalingStage> stages = plans.get(p).stages();
                for (int s = 1; s < stages.size(); s++) {
                    int previous = stages.get(s - 1).startYear();
                    int start = stages.get(s).startYear();
                    if (start < previous) {
                        violations.add(PropertyPath.of("initiatives", i).element("scalingPlans", p)
                                .element("stages", s).property("startYear"),
                                "stages must start in non-decreasing year order, " + start + " is before " + previous
                                        + " of stages[" + (s - 1) + "]");
                    }
                }
            }
        }
    }
}
