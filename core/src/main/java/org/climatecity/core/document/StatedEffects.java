package org.climatecity.core.document;

import java.util.List;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.ActionPlan;

/** Walks every action of a document that states an effect, for the rules on effects. */
final class StatedEffects {

    /** Checks the effect of one action. */
    @FunctionalInterface
    interface Check {
        /**
         * Checks one action's effect.
         *
         * @param effectPath the property path of the effect
         * @param plan the action plan the action belongs to
         * @param action the action
         * @param effect its effect
         */
        void check(PropertyPath effectPath, ActionPlan plan, Action action, ActionEffect effect);
    }

    private StatedEffects() {
    }

    /** Calls a check for the effect of every action of every action plan that states one. */
    static void forEach(ProgrammeDocument document, Check check) {
        for (int i = 0; i < document.initiatives().size(); i++) {
            List<ActionPlan> plans = document.initiatives().get(i).actionPlans();
            for (int p = 0; p < plans.size(); p++) {
                List<Action> actions = plans.get(p).actions();
                for (int a = 0; a < actions.size(); a++) {
                    ActionEffect effect = actions.get(a).effect();
                    if (effect != null) {
                        check.check(PropertyPath.of("initiatives", i).element("actionPlans", p)
                                .element("actions", a).property("effect"), plans.get(p), actions.get(a), effect);
                    }
                }
            }
        }
    }
}
