package org.climatecity.core.document;

import java.util.List;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.InventoryEntry;

/**
 * Checks that the emissions of the document's inventories add up to a finite number: each figure is finite, but a
 * sum of figures near the largest double is infinite, and a total, a sector's sum, a sum over several cities, a
 * trend or a share computed from it would be too. The figures' magnitudes are added over the whole document, in
 * document order, which bounds every sum of any of them in any order; the first figure that makes that sum infinite
 * is reported, once for the document.
 *
 * <p>Reported at that figure: at {@code inventories[2].entries[5].tonnesCo2e}, {@code the emissions of the document's
 * inventories must add up to a finite number of tonnes; with this figure they exceed the largest number a double
 * holds}.
 *
 * <p>Code {@code finite-totals}.
 */
final class FiniteTotals implements Rule {

    @Override
    public String code() {
        return "finite-totals";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        double magnitudes = 0;
        List<EmissionsInventory> inventories = document.inventories();
        for (int i = 0; i < inventories.size(); i++) {
            EmissionsInventory inventory = inventories.get(i);
            if (inventory.reportedTotal() != null) {
                magnitudes += Math.abs(inventory.reportedTotal());
                if (Double.isInfinite(magnitudes)) {
                    report(violations, PropertyPath.of("inventories", i).property("reportedTotal"));
                    return;
                }
            }
            List<InventoryEntry> entries = inventory.entries();
            for (int e = 0; e < entries.size(); e++) {
                Double tonnes = entries.get(e).tonnesCo2e();
                if (tonnes != null) {
                    magnitudes += Math.abs(tonnes);
                    if (Double.isInfinite(magnitudes)) {
                        report(violations, PropertyPath.of("inventories", i).element("entries", e)
                                .property("tonnesCo2e"));
                        return;
                    }
                }
            }
        }
    }

    private static void report(Violations violations, PropertyPath path) {
        violations.add(path, "the emissions of the document's inventories must add up to a finite number of tonnes;"
                + " with this figure they exceed the largest number a double holds");
    }
}
