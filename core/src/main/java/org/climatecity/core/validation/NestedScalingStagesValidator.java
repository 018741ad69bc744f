package org.climatecity.core.validation;

import org.climatecity.core.ProgrammeDocument;

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
        forEachStagePair(document, (path, index, previous, stage) -> {
            if (!stage.covers(previous)) {
                violations.add(path.property("geographies"), "geographies of stage '" + stage.id()
                        + "' must cover those of the previous stage '" + previous.id() + "'");
            }
        });
    }
}
