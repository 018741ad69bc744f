package org.climatecity.core.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.ActionPlan;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.GpcSubcategory;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.scenario.Scenario;

/**
 * Checks that the sectors an action's effect acts on are sectors of its owners' emissions: of an inventory of an
 * owner of its action plan or of the owner of a scenario that includes the action (a GPC subcategory of an inventory
 * counts for its sector too). An effect on a sector its owners do not report cannot be set against their emissions.
 * An action none of whose owners holds an inventory (a plan of a regional body that no scenario includes) has nothing
 * to be checked against and is left alone.
 *
 * <p>Reported at the sector: at {@code initiatives[0].actionPlans[0].actions[2].effect.sectors[0]},
 * {@code acts on sector 'se:domestic-transport', which no inventory of its owners 'borlange', 'avesta' holds}.
 *
 * <p>Code {@code action-sectors}.
 */
final class ActionSectors implements Rule {

    @Override
    public String code() {
        return "action-sectors";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        Map<LocalId, Set<ActorId>> scenarioOwners = new HashMap<>();
        for (Scenario scenario : document.scenarios()) {
            for (LocalId action : scenario.actions()) {
                scenarioOwners.computeIfAbsent(action, a -> new LinkedHashSet<>()).add(scenario.owner());
            }
        }
        Map<ActorId, Set<EmissionsSector>> byOwner = new HashMap<>();
        List<Initiative> initiatives = document.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            List<ActionPlan> plans = initiatives.get(i).actionPlans();
            for (int p = 0; p < plans.size(); p++) {
                List<Action> actions = plans.get(p).actions();
                for (int a = 0; a < actions.size(); a++) {
                    ActionEffect effect = actions.get(a).effect();
                    if (effect == null) {
                        continue;
                    }
                    Set<ActorId> owners = new LinkedHashSet<>(plans.get(p).owners());
                    owners.addAll(scenarioOwners.getOrDefault(actions.get(a).id(), Set.of()));
                    if (owners.stream().allMatch(o -> byOwner.computeIfAbsent(o, n -> sectors(document, n))
                            .isEmpty())) {
                        continue;
                    }
                    for (int k = 0; k < effect.sectors().size(); k++) {
                        EmissionsSector sector = effect.sectors().get(k);
                        if (owners.stream().noneMatch(o -> byOwner.get(o).contains(sector))) {
                            violations.add(PropertyPath.of("initiatives", i).element("actionPlans", p)
                                    .element("actions", a).property("effect").element("sectors", k),
                                    "acts on sector '" + sector.id() + "', which no inventory of its owners "
                                    + owners.stream().map(o -> "'" + o + "'").collect(Collectors.joining(", "))
                                    + " holds");
                        }
                    }
                }
            }
        }
    }

    /** Returns the sectors of an owner's inventories, with the GPC sectors of their subcategories. */
    private static Set<EmissionsSector> sectors(ProgrammeDocument document, ActorId owner) {
        Set<EmissionsSector> sectors = new HashSet<>();
        for (EmissionsInventory inventory : document.inventories()) {
            if (owner.equals(inventory.owner())) {
                for (InventoryEntry entry : inventory.entries()) {
                    sectors.add(entry.sector());
                    if (entry.sector() instanceof GpcSubcategory subcategory) {
                        sectors.add(subcategory.sector());
                    }
                }
            }
        }
        return sectors;
    }
}
