package org.climatecity.core.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.GpcSubcategory;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
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
        // the owners' sectors, read from the inventories only when an action states an effect
        List<Map<ActorId, Set<EmissionsSector>>> known = new ArrayList<>(1);
        StatedEffects.forEach(document, (path, plan, action, effect) -> {
            if (known.isEmpty()) {
                known.add(sectorsByOwner(document));
            }
            Map<ActorId, Set<EmissionsSector>> byOwner = known.get(0);
            Set<ActorId> owners = new LinkedHashSet<>(plan.owners());
            owners.addAll(scenarioOwners.getOrDefault(action.id(), Set.of()));
            if (owners.stream().allMatch(o -> byOwner.getOrDefault(o, Set.of()).isEmpty())) {
                return;
            }
            for (int k = 0; k < effect.sectors().size(); k++) {
                EmissionsSector sector = effect.sectors().get(k);
                if (owners.stream().noneMatch(o -> byOwner.getOrDefault(o, Set.of()).contains(sector))) {
                    violations.add(path.element("sectors", k), "acts on sector '" + sector.id()
                            + "', which no inventory of its owners "
                            + owners.stream().map(o -> "'" + o + "'").collect(Collectors.joining(", ")) + " holds");
                }
            }
        });
    }

    /**
     * Returns the sectors of each owner's inventories, with the GPC sectors of their subcategories, in one pass over
     * the inventories.
     */
    private static Map<ActorId, Set<EmissionsSector>> sectorsByOwner(ProgrammeDocument document) {
        Map<ActorId, Set<EmissionsSector>> sectors = new HashMap<>();
        for (EmissionsInventory inventory : document.inventories()) {
            Set<EmissionsSector> owned = sectors.computeIfAbsent(inventory.owner(), o -> new HashSet<>());
            for (InventoryEntry entry : inventory.entries()) {
                owned.add(entry.sector());
                if (entry.sector() instanceof GpcSubcategory subcategory) {
                    owned.add(subcategory.sector());
                }
            }
        }
        return sectors;
    }
}
