package org.climatecity.core.validation;

import org.climatecity.core.ProgrammeDocument;

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
        forEachStagePair(document, (path, index, previous, stage) -> {
            if (stage.startYear() < previous.startYear()) {
                violations.add(path.property("startYear"), "stages must start in non-decreasing year order, "
                        + stage.startYear() + " is before " + previous.startYear() + " of stages[" + (index - 1) + "]");
            }
        });
    }
}
