package org.climatecity.core.validation;

import java.util.List;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;

/**
 * Validates {@link NestedScalingStages}. Created by the Jakarta Validation provider; not meant to be called
 * directly.
 *
 * @since 0.1.0
 */
public final class NestedScalingStagesValidator extends DocumentRule<NestedScalingStages> {

    /** Creates the validator. */
    public NestedScalingStagesValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        for (int i = 0; i < document.initiatives().size(); i++) {
            List<ScalingPlan> plans = document.initiatives().get(i).scalingPlans();
            for (int p = 0; p < plans.size(); p++) {
                List<ScalingStage> stages = plans.get(p).stages();
                for (int s = 1; s < stages.size(); s++) {
                    ScalingStage previous = stages.get(s - 1);
                    if (!stages.get(s).covers(previous)) {
                        violations.add(PropertyPath.of("initiatives", i).element("scalingPlans", p)
                                .element("stages", s).property("geographies"),
                                "geographies of stage '" + stages.get(s).id() + "' must cover those of the previous"
                                        + " stage '" + previous.id() + "'");
                    }
                }
            }
        }
    }
}
