package org.climatecity.core.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.Boundary;
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
        Map<Identity, Integer> seen = new HashMap<>();
        List<EmissionsInventory> inventories = document.inventories();
        for (int i = 0; i < inventories.size(); i++) {
            EmissionsInventory inventory = inventories.get(i);
            Integer first = seen.putIfAbsent(new Identity(inventory.owner(), inventory.year(), inventory.boundary(),
                    source(inventory.provenance())), i);
            if (first != null) {
                violations.add(PropertyPath.of("inventories", i).property("year"), "inventory of '"
                        + inventory.owner() + "' for " + inventory.year() + " must be the only one of that owner,"
                        + " year, boundary and source, already given by inventories[" + first + "]");
            }
        }
    }

    /** The source that tells inventories apart: the data source, or for a made-up figure its whole provenance. */
    private static Object source(Provenance provenance) {
        return provenance.source() != null ? provenance.source() : provenance;
    }

    private record Identity(ActorId owner, int year, Boundary boundary, Object source) {
    }
}
