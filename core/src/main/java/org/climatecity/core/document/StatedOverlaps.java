package org.climatecity.core.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.action.EffectBasis;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.scenario.Scenario;
import org.jspecify.annotations.Nullable;

/**
 * Checks that overlapping effects are stated so that no tonne is counted twice: an effect that is additional to
 * another action names one that has an effect on a sector it shares; and of two actions a scenario includes whose
 * effects are stated in tonnes on a shared sector, one is stated as additional to the other (otherwise stating one
 * as a share of the remaining emissions is the way to combine them).
 *
 * <p>Reported at the reference: at {@code initiatives[0].actionPlans[0].actions[1].effect.additionalTo[0]},
 * {@code is additional to action 'bus-lanes', whose effect acts on none of its sectors}; at
 * {@code scenarios[1].actions[2]}, {@code action 'heat-pumps' and action 'district-heating' both cut sector
 * 'se-main:el-och-fjarrvarme' in tonnes; state one as additional to the other or as a share of remaining
 * emissions}.
 *
 * <p>Code {@code stated-overlaps}.
 */
final class StatedOverlaps implements Rule {

    @Override
    public String code() {
        return "stated-overlaps";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        // the actions by id, filled on the first look-up: most documents state no effect additional to another and
        // include no action in a scenario, and need no index of their thousands of actions
        Map<LocalId, Action> byId = new HashMap<>();
        StatedEffects.forEach(document, (path, plan, action, effect) -> {
            for (int k = 0; k < effect.additionalTo().size(); k++) {
                Action other = find(effect.additionalTo().get(k), byId, document);
                // an unknown action is known-local-ids' to report
                if (other != null && shared(effect, other.effect()).isEmpty()) {
                    violations.add(path.element("additionalTo", k), "is additional to action '" + other.id()
                            + "', whose " + (other.effect() == null ? "effect is not stated"
                                    : "effect acts on none of its sectors"));
                }
            }
        });
        List<Scenario> scenarios = document.scenarios();
        for (int s = 0; s < scenarios.size(); s++) {
            List<LocalId> included = scenarios.get(s).actions();
            for (int later = 1; later < included.size(); later++) {
                Action second = find(included.get(later), byId, document);
                if (second == null || !inTonnes(second)) {
                    continue;
                }
                for (int earlier = 0; earlier < later; earlier++) {
                    Action first = find(included.get(earlier), byId, document);
                    if (first == null || !inTonnes(first) || names(first, second) || names(second, first)) {
                        continue;
                    }
                    Optional<EmissionsSector> sector = shared(first.effect(), second.effect());
                    if (sector.isPresent()) {
                        violations.add(PropertyPath.of("scenarios", s).element("actions", later), "action '"
                                + first.id() + "' and action '" + second.id() + "' both cut sector '"
                                + sector.get().id() + "' in tonnes; state one as additional to the other or as a"
                                + " share of remaining emissions");
                        break;
                    }
                }
            }
        }
    }

    /** Returns the first action of the document with an id, indexing them all into the map first when it is empty. */
    private static @Nullable Action find(LocalId id, Map<LocalId, Action> byId, ProgrammeDocument document) {
        if (byId.isEmpty()) {
            for (Initiative initiative : document.initiatives()) {
                for (ActionPlan plan : initiative.actionPlans()) {
                    for (Action action : plan.actions()) {
                        byId.putIfAbsent(action.id(), action);
                    }
                }
            }
        }
        return byId.get(id);
    }

    private static boolean inTonnes(Action action) {
        return action.effect() != null && action.effect().basis() == EffectBasis.TONNES;
    }

    /** Checks if an action's effect names another as one it is additional to. */
    private static boolean names(Action action, Action other) {
        return action.effect() != null && action.effect().additionalTo().contains(other.id());
    }

    /** Returns a sector both effects act on, the first of the first effect's. */
    private static Optional<EmissionsSector> shared(ActionEffect effect, ActionEffect other) {
        if (other == null) {
            return Optional.empty();
        }
        return effect.sectors().stream().filter(other.sectors()::contains).findFirst();
    }
}
