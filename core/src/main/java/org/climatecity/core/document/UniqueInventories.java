package org.climatecity.core.document;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.id.ActorId;

/**
 * Checks that no emissions inventory is given twice: several inventories of one owner and year are allowed when
 * their boundary or source differs (a recalculated vintage is a source of its own), so only true duplicates are
 * reported.
 *
 * <p>Reported at the later inventory's year: at {@code inventories[4].year}, {@code inventory of 'borlange' for 2023
 * must be the only one of that owner, year, boundary and source, already given by inventories[1]}.
 *
 * <p>Code {@code unique-inventories}.
 */
final class UniqueInventories implements Rule {

    @Override
    public String code() {
        return "unique-inventories";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        // nearly every inventory is the only one of its owner, year and boundary: those are told apart without
        // hashing their sources (data sources of several texts each); only inventories that share the three are
        // compared by source too
        List<EmissionsInventory> inventories = document.inventories();
        Map<Slot, Integer> firstBySlot = new HashMap<>(inventories.size() * 2);
        Map<Identity, Integer> firstByIdentity = null;
        for (int i = 0; i < inventories.size(); i++) {
            EmissionsInventory inventory = inventories.get(i);
            Integer sameSlot = firstBySlot.putIfAbsent(
                    new Slot(inventory.owner(), inventory.year(), inventory.boundary()), i);
            if (sameSlot == null) {
                continue;
            }
            if (firstByIdentity == null) {
                firstByIdentity = new HashMap<>();
            }
            // the first of the slot goes in before any later one, so the earliest of an identity is the one named
            firstByIdentity.putIfAbsent(identity(inventories.get(sameSlot)), sameSlot);
            Integer first = firstByIdentity.putIfAbsent(identity(inventory), i);
            if (first != null) {
                violations.add(PropertyPath.of("inventories", i).property("year"), "inventory of '"
                        + inventory.owner() + "' for " + inventory.year() + " must be the only one of that owner,"
                        + " year, boundary and source, already given by inventories[" + first + "]");
            }
        }
    }

    private static Identity identity(EmissionsInventory inventory) {
        return new Identity(inventory.owner(), inventory.year(), inventory.boundary(),
                source(inventory.provenance()));
    }

    /** The source that tells inventories apart: the data source, or for a made-up figure its whole provenance. */
    private static Object source(Provenance provenance) {
        return provenance.source() != null ? provenance.source() : provenance;
    }

    /** An inventory's owner, year and boundary. */
    private record Slot(ActorId owner, int year, Boundary boundary) {
    }

    /** What an inventory must be the only one of: its owner, year, boundary and source. */
    private record Identity(ActorId owner, int year, Boundary boundary, Object source) {
    }
}
