package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.junit.jupiter.api.Test;

class FiniteTotalsTest {

    private static final String MESSAGE = "the emissions of the document's inventories must add up to a finite number"
            + " of tonnes; with this figure they exceed the largest number a double holds";

    private final ProgrammeDocument canonical = CanonicalScenario.document();

    @Test
    void acceptsLargeFiguresWhoseSumIsFinite() {
        assertThat(DocumentValidation.problems(canonical)).isEmpty();
        assertThat(DocumentValidation.problems(withFigure(0, 3, Double.MAX_VALUE / 4))).isEmpty();
    }

    @Test
    void reportsTheFigureThatMakesOneInventorysTotalOverflow() {
        ProgrammeDocument document = DocumentEdits.inventories(canonical, inventories -> {
            inventories.set(1, withFigures(inventories.get(1), Double.MAX_VALUE, 2, Double.MAX_VALUE));
        });
        assertThat(DocumentValidation.problems(document)).containsExactly(
                of("inventories[1].entries[2].tonnesCo2e", "finite-totals", MESSAGE));
    }

    @Test
    void reportsOnceForASumOverSeveralInventoriesAndForNegativeFiguresToo() {
        // each inventory's own total is finite (the second even near zero); the cities' sum is not
        ProgrammeDocument document = DocumentEdits.inventories(canonical, inventories -> {
            inventories.set(1, withFigures(inventories.get(1), Double.MAX_VALUE / 2 * 1.5, 0, 0));
            inventories.set(3, withFigures(inventories.get(3), Double.MAX_VALUE / 2, 0, -Double.MAX_VALUE / 2));
        });
        assertThat(DocumentValidation.problems(document)).containsExactly(
                of("inventories[3].entries[0].tonnesCo2e", "finite-totals", MESSAGE));
    }

    private ProgrammeDocument withFigure(int inventory, int entry, double tonnes) {
        return DocumentEdits.inventories(canonical, inventories -> {
            EmissionsInventory old = inventories.get(inventory);
            List<InventoryEntry> entries = new ArrayList<>(old.entries());
            entries.set(entry, InventoryEntry.of(entries.get(entry).sector(), tonnes));
            inventories.set(inventory, with(old, entries));
        });
    }

    /** An inventory whose first entries have the given figures. */
    static EmissionsInventory withFigures(EmissionsInventory old, double... tonnes) {
        List<InventoryEntry> entries = new ArrayList<>(old.entries());
        for (int e = 0; e < tonnes.length; e++) {
            entries.set(e, InventoryEntry.of(entries.get(e).sector(), tonnes[e]));
        }
        return with(old, entries);
    }

    private static EmissionsInventory with(EmissionsInventory old, List<InventoryEntry> entries) {
        return EmissionsInventory.of(old.owner(), old.year(), old.boundary(), old.gasBasis(), old.provenance(),
                entries);
    }
}
