package org.climatecity.core.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.DataSource;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;

class EmissionsInventoryTest {

    private static final ActorId BORLANGE = ActorId.of("borlange");
    private static final Provenance SMHI = Provenance.officialStatistics(DataSource.of("SMHI",
            "Nationella emissionsdatabasen"));

    private static EmissionsInventory inventory(List<InventoryEntry> entries) {
        return EmissionsInventory.of(BORLANGE, 2023, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5, SMHI, entries);
    }

    @Test
    void sumsTheEntriesInTotalAndPerSector() {
        EmissionsInventory inventory = inventory(List.of(
                InventoryEntry.of(GpcSector.STATIONARY_ENERGY, GhgScope.SCOPE_1, 100),
                InventoryEntry.of(GpcSector.STATIONARY_ENERGY, GhgScope.SCOPE_2, 50),
                InventoryEntry.of(GpcSector.TRANSPORTATION, null, 25),
                InventoryEntry.of(GpcSector.AFOLU, null, -10)));

        assertThat(inventory.total().tonnesCo2e()).isCloseTo(165, within(1e-9));
        assertThat(inventory.total().isComplete()).isTrue();
        assertThat(inventory.sector(GpcSector.STATIONARY_ENERGY).tonnesCo2e()).isEqualTo(150);
        assertThat(inventory.sector(GpcSector.WASTE).tonnesCo2e()).isZero();
        assertThat(inventory.scope(GhgScope.SCOPE_2).tonnesCo2e()).isEqualTo(50);
        assertThat(inventory.scheme()).contains(SectorScheme.GPC);
    }

    @Test
    void sumsSayWhenANotationKeyLeavesThemShortAndDoNotCountItAsZero() {
        InventoryEntry notEstimated = InventoryEntry.withoutFigure(GpcSubcategory.of("I.1.3"), NotationKey.NE);
        EmissionsInventory inventory = inventory(List.of(
                InventoryEntry.of(GpcSubcategory.of("I.1.1"), null, 1000),
                InventoryEntry.of(GpcSubcategory.of("I.1.2"), null, 400),
                notEstimated,
                InventoryEntry.withoutFigure(GpcSubcategory.of("I.2.1"), NotationKey.IE),
                InventoryEntry.withoutFigure(GpcSubcategory.of("II.1.1"), NotationKey.NO),
                InventoryEntry.of(GpcSubcategory.of("III.1.1"), null, 50)));

        assertThat(inventory.total().tonnesCo2e()).isEqualTo(1450);
        assertThat(inventory.total().isComplete()).isFalse();
        assertThat(inventory.total().missing()).containsExactly(notEstimated);
        // scope and reporting level follow from the reference numbers
        assertThat(inventory.scope(GhgScope.SCOPE_1).tonnesCo2e()).isEqualTo(1050);
        assertThat(inventory.scope(GhgScope.SCOPE_1).isComplete()).isTrue();
        assertThat(inventory.scope(GhgScope.SCOPE_3).isComplete()).isFalse();
        assertThat(inventory.level(GpcReportingLevel.BASIC).tonnesCo2e()).isEqualTo(1450);
        assertThat(inventory.level(GpcReportingLevel.BASIC).isComplete()).isTrue();
        assertThat(inventory.level(GpcReportingLevel.BASIC_PLUS).missing()).containsExactly(notEstimated);
        assertThat(inventory.sector(GpcSector.STATIONARY_ENERGY).tonnesCo2e()).isEqualTo(1400);
        assertThat(inventory.sector(GpcSector.WASTE).tonnesCo2e()).isEqualTo(50);
    }

    @Test
    void anInventoryOfATotalOnlyReportsThatTotal() {
        EmissionsInventory totalOnly = new EmissionsInventory(BORLANGE, 2023, Boundary.CONSUMPTION_BASED,
                GasBasis.ALL_GHG_AR5, SMHI, 812_000.0, List.of());

        assertThat(totalOnly.total().tonnesCo2e()).isEqualTo(812_000);
        assertThat(totalOnly.total().isComplete()).isTrue();
        assertThat(totalOnly.scheme()).isEmpty();
    }

    @Test
    void keepsSeveralRowsOfOneReferenceNumberThatDifferInActivity() {
        GpcSubcategory residential = GpcSubcategory.of("I.1.1");
        InventoryEntry gas = new InventoryEntry(residential, null, 1500.0, null,
                List.of(new GasAmount(Gas.CO2, 1_490_000, "kg CO2e"), new GasAmount(Gas.CH4, 10_000, "kg CO2e")),
                new ActivityData("Natural gas", 27_200_000, "MJ"), List.of(new EmissionFactor(Gas.CO2, 56_100,
                "kg/TJ")), null);
        InventoryEntry oil = new InventoryEntry(residential, null, 300.0, null, List.of(),
                new ActivityData("Fuel oil", 4_000_000, "MJ"), List.of(), null);

        assertThat(inventory(List.of(gas, oil)).total().tonnesCo2e()).isEqualTo(1800);
        assertThatThrownBy(() -> inventory(List.of(gas, gas))).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once per activity and source, repeated"
                        + " 'gpc:I.1.1'");
    }

    @Test
    void keepsAndSumsEveryRowOfAPublishersValueEvenWithNothingElseToTellThemApart() {
        GpcSubcategory residential = GpcSubcategory.of("I.1.1");
        InventoryEntry row = InventoryEntry.of(residential, 389_184.849).withPublisherId("58a9822a");
        InventoryEntry sameRowAgain = InventoryEntry.of(residential, 389_184.849).withPublisherId("58a9822a");
        InventoryEntry otherRow = InventoryEntry.of(residential, -12.5).withPublisherId("58a9822a");
        InventoryEntry withoutId = InventoryEntry.of(residential, 100);

        EmissionsInventory inventory = inventory(List.of(row, sameRowAgain, otherRow, withoutId));

        assertThat(inventory.entries()).hasSize(4);
        assertThat(inventory.total().tonnesCo2e()).isCloseTo(389_184.849 * 2 - 12.5 + 100, within(1e-6));
        assertThat(inventory.sector(GpcSector.STATIONARY_ENERGY).tonnesCo2e())
                .isEqualTo(inventory.total().tonnesCo2e());
        assertThat(inventory.scope(GhgScope.SCOPE_1).tonnesCo2e()).isEqualTo(inventory.total().tonnesCo2e());
        assertThat(inventory.level(GpcReportingLevel.BASIC).tonnesCo2e()).isEqualTo(inventory.total().tonnesCo2e());
        assertThatThrownBy(() -> inventory(List.of(row, withoutId, InventoryEntry.of(residential, 7))))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once per activity and source, repeated"
                        + " 'gpc:I.1.1'");
    }

    @Test
    void aSectorIdRepeatedWithAnotherDescriptionIsStillARepeat() {
        GpcReference reference = GpcSubcategory.of("I.1.1").reference();
        GpcSubcategory relabelled = new GpcSubcategory(new GpcReference(reference.number(), reference.sector(),
                reference.subsectorNumber(), reference.subsector(), "another description", reference.scope(),
                reference.level()));
        assertThat(relabelled).isNotEqualTo(GpcSubcategory.of("I.1.1"));

        assertThatThrownBy(() -> inventory(List.of(InventoryEntry.of(GpcSubcategory.of("I.1.1"), 10),
                InventoryEntry.of(relabelled, 20)))).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once per activity and source, repeated"
                        + " 'gpc:I.1.1'");
    }

    @Test
    void hasNoSchemeWithoutEntries() {
        EmissionsInventory empty = inventory(List.of());

        assertThat(empty.scheme()).isEmpty();
        assertThat(empty.total().tonnesCo2e()).isZero();
    }

    @Test
    void rejectsMixedSchemesAndMixedGpcLevels() {
        List<InventoryEntry> mixed = List.of(InventoryEntry.of(SwedishMainSector.INDUSTRY, 1),
                InventoryEntry.of(GpcSector.IPPU, 1));
        assertThatThrownBy(() -> inventory(mixed)).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory entries must all use one sector scheme, mixed se and gpc");
        assertThatThrownBy(() -> inventory(List.of(InventoryEntry.of(GpcSector.IPPU, 1),
                InventoryEntry.of(GpcSubcategory.of("IV.1"), 1)))).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory entries must use either GPC sectors or GPC reference numbers, not both,"
                        + " mixed at 'gpc:IV.1'");
        assertThatThrownBy(() -> inventory(List.of(InventoryEntry.of(new OtherSector("crf", "1.A"), 1),
                InventoryEntry.of(new OtherSector("city", "heating"), 1)))).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory entries must all use one sector scheme, mixed crf and city");
    }

    @Test
    void findsARepeatAmongManyEntriesAsAmongFew() {
        // up to 16 entries are compared pair by pair, more through a set of keys: both find the same repeat
        List<InventoryEntry> many = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            many.add(InventoryEntry.of(new OtherSector("city", "sector-" + i), i));
        }
        assertThat(inventory(many).entries()).hasSize(20);
        many.add(InventoryEntry.of(new OtherSector("city", "sector-3"), 1));
        assertThatThrownBy(() -> inventory(many)).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once per activity and source, repeated"
                        + " 'city:sector-3'");
        assertThatThrownBy(() -> inventory(many.subList(3, 21))).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once per activity and source, repeated"
                        + " 'city:sector-3'");
        assertThatThrownBy(() -> inventory(List.of(many.get(3), many.get(20))))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once per activity and source, repeated"
                        + " 'city:sector-3'");
    }

    @Test
    void keepsOneSectorListedForEachScopeAndEachSourceAmongFewAndMany() {
        DataSource scb = DataSource.of("SCB", "National emissions database");
        DataSource city = DataSource.of("Borlänge", "Own survey");
        List<InventoryEntry> distinct = new ArrayList<>(List.of(
                InventoryEntry.of(GpcSector.WASTE, GhgScope.SCOPE_1, 1),
                InventoryEntry.of(GpcSector.WASTE, GhgScope.SCOPE_3, 2),
                InventoryEntry.of(GpcSector.WASTE, 3),
                new InventoryEntry(GpcSector.WASTE, GhgScope.SCOPE_1, 4.0, null, List.of(), null, List.of(), scb),
                new InventoryEntry(GpcSector.WASTE, GhgScope.SCOPE_1, 5.0, null, List.of(), null, List.of(), city)));
        assertThat(inventory(distinct).entries()).hasSize(5);
        List<InventoryEntry> many = new ArrayList<>(distinct);
        for (int i = 0; i < 15; i++) {
            many.add(new InventoryEntry(GpcSector.STATIONARY_ENERGY, GhgScope.values()[i % 3], (double) i, null,
                    List.of(), null, List.of(), DataSource.of("source " + i / 3, "data")));
        }
        assertThat(inventory(many).entries()).hasSize(20);

        distinct.add(new InventoryEntry(GpcSector.WASTE, GhgScope.SCOPE_1, 6.0, null, List.of(), null, List.of(),
                DataSource.of("Borlänge", "Own survey")));
        assertThatThrownBy(() -> inventory(distinct)).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once per activity and source, repeated"
                        + " 'gpc:waste' scope-1");
    }

    @Test
    void rejectsASectorAndScopeListedTwice() {
        assertThatThrownBy(() -> inventory(List.of(InventoryEntry.of(SwedishMainSector.INDUSTRY, 1),
                InventoryEntry.of(SwedishMainSector.INDUSTRY, 2)))).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once per activity and source, repeated"
                        + " 'se:industry'");
        assertThatThrownBy(() -> inventory(List.of(InventoryEntry.of(GpcSector.WASTE, GhgScope.SCOPE_3, 1),
                InventoryEntry.of(GpcSector.WASTE, GhgScope.SCOPE_3, 2)))).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory must list a sector and scope once per activity and source, repeated"
                        + " 'gpc:waste' scope-3");
    }

    @Test
    void rejectsYearsOutOfRangeAndMissingParts() {
        assertThatThrownBy(() -> EmissionsInventory.of(BORLANGE, 1899, Boundary.TERRITORIAL, GasBasis.CO2_ONLY, SMHI,
                List.of())).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventory year must be a year from 1900 to 2200, was 1899");
        assertThatThrownBy(() -> EmissionsInventory.of(null, 2023, Boundary.TERRITORIAL, GasBasis.CO2_ONLY, SMHI,
                List.of())).isInstanceOf(ClimateCityException.class).hasMessage("inventory owner must not be null");
        assertThatThrownBy(() -> EmissionsInventory.of(BORLANGE, 2023, null, GasBasis.CO2_ONLY, SMHI, List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("inventory boundary must not be null");
        List<InventoryEntry> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> inventory(withNull)).isInstanceOf(ClimateCityException.class)
                .hasMessage("entries must not contain null, was null at index 0");
    }
}
