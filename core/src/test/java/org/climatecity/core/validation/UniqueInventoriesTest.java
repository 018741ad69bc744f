package org.climatecity.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.validation.DocumentValidation.Problem.of;

import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.junit.jupiter.api.Test;

class UniqueInventoriesTest {

    @Test
    void reportsASecondInventoryOfOneOwnerAndYear() {
        ProgrammeDocument document = DocumentEdits.inventories(CanonicalScenario.document(), inventories -> {
            EmissionsInventory first = inventories.get(1);
            inventories.add(new EmissionsInventory(first.owner(), first.year(), first.gasBasis(), first.provenance(),
                    java.util.List.of()));
        });

        assertThat(DocumentValidation.problems(document)).containsExactly(of("inventories[4].year",
                UniqueInventories.class, "inventory of 'borlange' for 2023 must be the only one of that owner and"
                        + " year, already given by inventories[1]"));
    }
}
