package org.climatecity.core.document;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Texts;
import org.climatecity.core.scenario.Scenario;

/**
 * Checks that each scenario starts from an inventory of the document: one of its owner for its base year within its
 * boundary, so that the scenario's first projected year can be read against what was measured.
 *
 * <p>Reported at the base year: at {@code scenarios[0].baseYear}, {@code scenario 'borlange-bau' of 'borlange'
 * starts from its territorial inventory of 2022, which the document does not hold}.
 *
 * <p>Code {@code scenario-base-inventories}.
 */
final class ScenarioBaseInventories implements Rule {

    @Override
    public String code() {
        return "scenario-base-inventories";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        List<Scenario> scenarios = document.scenarios();
        if (scenarios.isEmpty()) {
            return;
        }
        Set<Slot> held = new HashSet<>();
        for (EmissionsInventory inventory : document.inventories()) {
            held.add(new Slot(inventory.owner(), inventory.year(), inventory.boundary()));
        }
        for (int s = 0; s < scenarios.size(); s++) {
            Scenario scenario = scenarios.get(s);
            if (!held.contains(new Slot(scenario.owner(), scenario.baseYear(), scenario.boundary()))) {
                violations.add(PropertyPath.of("scenarios", s).property("baseYear"), "scenario '" + scenario.id()
                        + "' of '" + scenario.owner() + "' starts from its " + Texts.word(scenario.boundary())
                        + " inventory of " + scenario.baseYear() + ", which the document does not hold");
            }
        }
    }

    /** An inventory's owner, year and boundary. */
    private record Slot(ActorId owner, int year, Boundary boundary) {
    }
}
