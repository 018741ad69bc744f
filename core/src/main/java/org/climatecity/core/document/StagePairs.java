package org.climatecity.core.document;

import java.util.List;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;

/** Walks each pair of consecutive stages of every scaling plan of a document, for the rules on stages. */
final class StagePairs {

    /** Checks a stage of a scaling plan against the stage before it. */
    @FunctionalInterface
    interface Check {
        /**
         * Checks one pair of consecutive stages.
         *
         * @param stagePath the property path of the later stage
         * @param index the index of the later stage in its plan
         * @param previous the earlier stage
         * @param stage the later stage
         */
        void check(PropertyPath stagePath, int index, ScalingStage previous, ScalingStage stage);
    }

    private StagePairs() {
    }

    /** Calls a check for each pair of consecutive stages of every scaling plan of the document. */
    static void forEach(ProgrammeDocument document, Check check) {
        for (int i = 0; i < document.initiatives().size(); i++) {
            List<ScalingPlan> plans = document.initiatives().get(i).scalingPlans();
            for (int p = 0; p < plans.size(); p++) {
                List<ScalingStage> stages = plans.get(p).stages();
                for (int s = 1; s < stages.size(); s++) {
                    check.check(PropertyPath.of("initiatives", i).element("scalingPlans", p).element("stages", s), s,
                            stages.get(s - 1), stages.get(s));
                }
            }
        }
    }
}
