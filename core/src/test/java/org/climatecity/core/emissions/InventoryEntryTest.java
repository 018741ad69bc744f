package org.climatecity.core.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class InventoryEntryTest {

    @Test
    void allowsNegativeFiguresForRemovals() {
        InventoryEntry removal = new InventoryEntry(GpcSector.AFOLU, GhgScope.SCOPE_1, -1200.5);

        assertThat(removal.tonnesCo2e()).isEqualTo(-1200.5);
        assertThat(InventoryEntry.of(SwedishMainSector.INDUSTRY, 1).scope()).isNull();
    }

    @Test
    void rejectsMissingSectorAndNonFiniteFigures() {
        assertThatThrownBy(() -> InventoryEntry.of(null, 1)).isInstanceOf(ClimateCityException.class)
                .hasMessage("sector must not be null");
        assertThatThrownBy(() -> InventoryEntry.of(SwedishMainSector.WASTE, Double.NaN))
                .isInstanceOf(ClimateCityException.class).hasMessage("tonnes CO2e must be a finite number, was NaN");
        assertThatThrownBy(() -> InventoryEntry.of(SwedishMainSector.WASTE, Double.POSITIVE_INFINITY))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("tonnes CO2e must be a finite number, was Infinity");
    }
}
