package org.climatecity.core.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.climatecity.core.common.DataSource;
import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;

class EmissionsInventoryTest {

    private static final ActorId BORLANGE = ActorId.of("borlange");
    private static final Provenance SMHI = Provenance.officialStatistics(DataSource.of("SMHI", "Nationella emissionsdatabasen"));

    private static EmissionsInventory inventory(List<InventoryEntry> entries) {
        return new EmissionsInventory(BORLANGE, 2023, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5, SMHI, entries);
    }

    @Test
    void sumsTheEntriesInTotalAndPerSector() {
        EmissionsInventory inventory = inventory(List.of(
                new InventoryEntry(GpcSector.STATIONARY_ENERGY, GhgScope.SCOPE_1, 100),
                new InventoryEntry(GpcSector.STATIONARY_ENERGY, GhgScope.SCOPE_2, 50),
                new InventoryEntry(GpcSector.TRANSPORTATION, null, 25),
                new InventoryEntry(GpcSector.AFOLU, null, -10)));

        assertThat(inventory.total()).isCloseTo(165, within(1e-9));
        assertThat(inventory.sector(GpcSector.STATIONARY_ENERGY)).isEqualTo(150);
        assertThat(inventory.sector(GpcSector.WASTE)).isZero();
        assertThat(inventory.scheme()).contains(SectorScheme.GPC);
    }

    @Test
    void hasNoSchemeWithoutEntries() {
        EmissionsInventory empty = inventory(List.of());

        assertThat(empty.scheme()).isEmpty();
        assertThat(empty.total()).isZero();
    }

    @Test
    void rejectsMixedSchemes() {
        List<InventoryEntry> mixed = List.of(InventoryEntry.of(SwedishMainSector.INDUSTRY, 1),
                InventoryEntry.of(GpcSector.IPPU, 1));

        assertThatThrownBy(() -> inventory(mixed)).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory entries must all use one sector scheme, mixed SE_NATIONAL_MAIN and GPC");
    }

    @Test
    void rejectsASectorAndScopeListedTwice() {
        assertThatThrownBy(() -> inventory(List.of(InventoryEntry.of(SwedishMainSector.INDUSTRY, 1),
                InventoryEntry.of(SwedishMainSector.INDUSTRY, 2)))).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once, repeated 'se:industry'");
        assertThatThrownBy(() -> inventory(List.of(new InventoryEntry(GpcSector.WASTE, GhgScope.SCOPE_3, 1),
                new InventoryEntry(GpcSector.WASTE, GhgScope.SCOPE_3, 2)))).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once, repeated 'gpc:waste' SCOPE_3");
    }

    @Test
    void rejectsYearsOutOfRangeAndMissingParts() {
        assertThatThrownBy(() -> new EmissionsInventory(BORLANGE, 1899, Boundary.TERRITORIAL, GasBasis.CO2_ONLY, SMHI, List.of()))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory year must be a year from 1900 to 2200, was 1899");
        assertThatThrownBy(() -> new EmissionsInventory(null, 2023, Boundary.TERRITORIAL, GasBasis.CO2_ONLY, SMHI, List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("inventory owner must not be null");
        List<InventoryEntry> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> inventory(withNull)).isInstanceOf(ClimateCityException.class)
                .hasMessage("entries must not contain null, was null at index 0");
    }

    @Test
    void copiesItsEntries() {
        List<InventoryEntry> entries = new ArrayList<>(List.of(InventoryEntry.of(SwedishMainSector.INDUSTRY, 1)));
        EmissionsInventory inventory = inventory(entries);
        entries.clear();

        assertThat(inventory.entries()).hasSize(1);
    }
}
