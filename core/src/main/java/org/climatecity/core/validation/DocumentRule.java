package org.climatecity.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.List;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.pilot.ScalingPlan;
import org.climatecity.core.pilot.ScalingStage;
import org.jspecify.annotations.Nullable;

/**
 * The base of the document validators: one rule each, reporting every violation it finds with its own message and
 * property path.
 *
 * @param <A> the constraint annotation
 */
abstract class DocumentRule<A extends Annotation> implements ConstraintValidator<A, ProgrammeDocument> {

    /**
     * Checks the rule on a document, reporting each violation with its property path and a message that states the
     * rule; a null document is valid, as Jakarta Validation expects.
     *
     * @param document the document, may be null
     * @param context the context, not null
     * @return true if the document satisfies the rule
     */
    @Override
    public final boolean isValid(@Nullable ProgrammeDocument document, ConstraintValidatorContext context) {
        if (document == null) {
            return true;
        }
        Violations violations = Violations.of(context);
        check(document, violations);
        return violations.none();
    }

    /** Checks the rule on a document and reports each violation. */
    abstract void check(ProgrammeDocument document, Violations violations);

    /** Checks a stage of a scaling plan against the stage before it. */
    @FunctionalInterface
    interface StagePairCheck {
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

    /** Calls a check for each pair of consecutive stages of every scaling plan of the document. */
    static void forEachStagePair(ProgrammeDocument document, StagePairCheck check) {
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

    /** Returns "an" or "a" with a kind name, for messages. */
    static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }
}
