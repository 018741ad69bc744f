package org.climatecity.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.climatecity.core.document.DocumentValidation.Problem.of;

import java.util.List;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.fixture.CanonicalScenario;
import org.climatecity.core.fixture.DocumentEdits;
import org.junit.jupiter.api.Test;

class UniqueInventoriesTest {

    @Test
    void reportsASecondInventoryOfOneOwnerYearBoundaryAndSource() {
        ProgrammeDocument document = DocumentEdits.inventories(CanonicalScenario.document(), inventories -> {
            EmissionsInventory first = inventories.get(1);
            inventories.add(EmissionsInventory.of(first.owner(), first.year(), first.boundary(), first.gasBasis(),
                    first.provenance(), List.of()));
        });

        assertThat(DocumentValidation.problems(document)).containsExactly(of("inventories[4].year",
                "unique-inventories", "inventory of 'borlange' for 2023 must be the only one of that owner, year,"
                        + " boundary and source, already given by inventories[1]"));
    }

    @Test
    void acceptsInventoriesOfOneOwnerAndYearThatDifferInBoundaryOrSource() {
        ProgrammeDocument document = DocumentEdits.inventories(CanonicalScenario.document(), inventories -> {
            EmissionsInventory first = inventories.get(1);
            DataSource source = first.provenance().source();
            // SMHI's next recalculation, a city's own GPC inventory and a consumption-based figure, side by side
            inventories.add(EmissionsInventory.of(first.owner(), first.year(), Boundary.TERRITORIAL,
                    first.gasBasis(), Provenance.officialStatistics(source.withVintage("2025")), List.of()));
            inventories.add(EmissionsInventory.of(first.owner(), first.year(), Boundary.GPC_BASIC, first.gasBasis(),
                    Provenance.reported(DataSource.of("Borlänge kommun", "GPC inventory 2023")), List.of()));
            inventories.add(EmissionsInventory.of(first.owner(), first.year(), Boundary.CONSUMPTION_BASED,
                    first.gasBasis(), first.provenance(), List.of()));
        });

        assertThat(DocumentValidation.problems(document)).isEmpty();
        assertThat(document.inventoriesOf(CanonicalScenario.BORLANGE, Boundary.TERRITORIAL)).hasSize(3);
        assertThat(document.inventoriesOf(CanonicalScenario.BORLANGE, Boundary.GPC_BASIC)).hasSize(1);
    }

    @Test
    void reportsARepeatAmongSeveralSourcesOfOneOwnerYearAndBoundaryAgainstTheEarliestOfItsSource() {
        ProgrammeDocument document = DocumentEdits.inventories(CanonicalScenario.document(), inventories -> {
            EmissionsInventory first = inventories.get(1);
            Provenance recalculated = Provenance.officialStatistics(first.provenance().source().withVintage("2025"));
            inventories.add(EmissionsInventory.of(first.owner(), first.year(), first.boundary(), first.gasBasis(),
                    recalculated, List.of()));
            inventories.add(EmissionsInventory.of(first.owner(), first.year(), first.boundary(), first.gasBasis(),
                    recalculated, List.of()));
            inventories.add(EmissionsInventory.of(first.owner(), first.year(), first.boundary(), first.gasBasis(),
                    first.provenance(), List.of()));
        });

        assertThat(DocumentValidation.problems(document)).containsExactlyInAnyOrder(
                of("inventories[5].year", "unique-inventories", "inventory of 'borlange' for 2023 must be the only"
                        + " one of that owner, year, boundary and source, already given by inventories[4]"),
                of("inventories[6].year", "unique-inventories", "inventory of 'borlange' for 2023 must be the only"
                        + " one of that owner, year, boundary and source, already given by inventories[1]"));
    }
}
