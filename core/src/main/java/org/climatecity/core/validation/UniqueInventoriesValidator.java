package org.climatecity.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.id.ActorId;

/**
 * Validates {@link UniqueInventories}. Created by the Jakarta Validation provider; not meant to be called directly.
 *
 * @since 0.1.0
 */
public final class UniqueInventoriesValidator extends DocumentRule<UniqueInventories> {

    /** Creates the validator. */
    public UniqueInventoriesValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
        Map<OwnerYear, Integer> seen = new HashMap<>();
        List<EmissionsInventory> inventories = document.inventories();
        for (int i = 0; i < inventories.size(); i++) {
            EmissionsInventory inventory = inventories.get(i);
            Integer first = seen.putIfAbsent(new OwnerYear(inventory.owner(), inventory.year()), i);
            if (first != null) {
                violations.add(PropertyPath.of("inventories", i).property("year"), "inventory of '"
                        + inventory.owner() + "' for " + inventory.year()
                        + " must be the only one of that owner and year, already given by inventories[" + first + "]");
            }
        }
    }

    private record OwnerYear(ActorId owner, int year) {
    }
}
