package org.climatecity.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;

class VintageComparisonTest {

    private static final ActorId BORLANGE = ActorId.of("borlange");

    @Test
    void pairsInventoriesByOwnerYearAndBoundaryAndGivesTheChangePerSectorAndInTotal() {
        List<EmissionsInventory> older = List.of(inventory(2020, 100, 50), inventory(2021, 80, 40),
                inventory(2019, 10, 10));
        List<EmissionsInventory> newer = List.of(inventory(2021, 88, 40), inventory(2020, 90, 45),
                inventory(2022, 70, 30));
        VintageComparison vintages = VintageComparison.between(older, newer);
        assertThat(vintages.revisions()).extracting(InventoryRevision::year).containsExactly(2020, 2021);
        InventoryRevision y2020 = vintages.revisions().get(0);
        assertThat(y2020.olderTonnes()).isEqualTo(150);
        assertThat(y2020.newerTonnes()).isEqualTo(135);
        assertThat(y2020.changeTonnes()).isEqualTo(-15);
        assertThat(y2020.changeShare().getAsDouble()).isCloseTo(-0.1, within(1e-12));
        InventoryRevision.Sector transport = y2020.sectors().get(0);
        assertThat(transport.sector()).isEqualTo(SwedishMainSector.values()[0]);
        assertThat(transport.changeTonnes().getAsDouble()).isEqualTo(-10);
        assertThat(transport.changeShare().getAsDouble()).isCloseTo(-0.1, within(1e-12));
        VintageComparison.Series series = vintages.series().get(0);
        assertThat(List.of(series.firstYear(), series.lastYear(), series.years())).containsExactly(2020, 2021, 2);
        // the mean of -10 % and +8.3 %: (128 / 120 - 1) for 2021
        assertThat(series.meanChangeShare()).isCloseTo((-0.1 + (128.0 / 120 - 1)) / 2, within(1e-12));
    }

    @Test
    void aSectorOnlyOneVintageGivesHasNoChange() {
        InventoryRevision.Sector only = new InventoryRevision.Sector(SwedishMainSector.values()[1],
                OptionalDouble.empty(), OptionalDouble.of(3));
        assertThat(only.changeTonnes()).isEmpty();
        assertThat(only.changeShare()).isEmpty();
    }

    @Test
    void rejectsAVintageThatGivesOneInventoryTwice() {
        assertThatThrownBy(() -> VintageComparison.between(List.of(inventory(2020, 1, 1), inventory(2020, 2, 2)),
                List.of())).isInstanceOf(ClimateCityException.class)
                .hasMessage("the older vintage gives the inventory of 'borlange' in 2020 (territorial) twice");
    }

    private static EmissionsInventory inventory(int year, double first, double second) {
        return new EmissionsInventory(BORLANGE, year, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5,
                Provenance.illustrative("test"), null, List.of(
                        InventoryEntry.of(SwedishMainSector.values()[0], first),
                        InventoryEntry.of(SwedishMainSector.values()[1], second)));
    }
}
