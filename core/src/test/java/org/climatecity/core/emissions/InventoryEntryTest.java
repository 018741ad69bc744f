package org.climatecity.core.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class InventoryEntryTest {

    @Test
    void allowsNegativeFiguresForRemovals() {
        InventoryEntry removal = InventoryEntry.of(GpcSector.AFOLU, GhgScope.SCOPE_1, -1200.5);

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

    @Test
    void givesEitherAFigureOrANotationKey() {
        InventoryEntry key = InventoryEntry.withoutFigure(SwedishMainSector.WASTE, NotationKey.C);

        assertThat(key.hasFigure()).isFalse();
        assertThat(key.tonnesOrZero()).isZero();
        assertThatThrownBy(() -> new InventoryEntry(SwedishMainSector.WASTE, null, 1.0, NotationKey.NE,
                java.util.List.of(), null, java.util.List.of(), null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory entry of 'se:waste' must give either tonnes CO2e or a notation key, gave both");
        assertThatThrownBy(() -> new InventoryEntry(SwedishMainSector.WASTE, null, null, null, java.util.List.of(),
                null, java.util.List.of(), null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory entry of 'se:waste' must give either tonnes CO2e or a notation key, gave"
                        + " neither");
    }

    @Test
    void takesTheScopeOfAGpcReferenceNumberAndRejectsAnotherOne() {
        assertThat(InventoryEntry.of(GpcSubcategory.of("I.1.2"), 5).effectiveScope()).contains(GhgScope.SCOPE_2);
        assertThat(InventoryEntry.of(GpcSector.WASTE, 5).effectiveScope()).isEmpty();
        assertThatThrownBy(() -> InventoryEntry.of(GpcSubcategory.of("I.1.2"), GhgScope.SCOPE_1, 5))
                .isInstanceOf(ClimateCityException.class).hasMessage("scope of GPC I.1.2 must be scope-2, was scope-1");
    }

    @Test
    void rejectsAGasGivenTwice() {
        assertThatThrownBy(() -> new InventoryEntry(SwedishMainSector.WASTE, null, 1.0, null,
                java.util.List.of(new GasAmount(Gas.CH4, 1, "t"), new GasAmount(Gas.CH4, 2, "t")), null,
                java.util.List.of(), null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("gas amounts must give each gas once, repeated ch4");
    }

    @Test
    void keepsThePublishersIdExactlyAndRejectsABlankOne() {
        InventoryEntry entry = InventoryEntry.of(SwedishMainSector.WASTE, 5);
        assertThat(entry.publisherId()).isNull();
        assertThat(entry.withPublisherId(" id 7 ").publisherId()).isEqualTo(" id 7 ");
        assertThat(entry.withPublisherId(" id 7 ").withPublisherId(null)).isEqualTo(entry);
        assertThatThrownBy(() -> entry.withPublisherId(" ")).isInstanceOf(ClimateCityException.class)
                .hasMessage("publisher id of an inventory entry of 'se:waste' must not be blank");
    }
}
