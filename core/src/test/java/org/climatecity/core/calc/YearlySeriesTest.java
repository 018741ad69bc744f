package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsInventory;
import org.climatecity.core.emissions.GasBasis;
import org.climatecity.core.emissions.InventoryEntry;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.junit.jupiter.api.Test;

class YearlySeriesTest {

    @Test
    void sortsYearsFromAMapAndKeepsGaps() {
        Map<Integer, Double> values = new LinkedHashMap<>();
        values.put(2020, 3.0);
        values.put(1990, 1.0);
        values.put(2015, 2.0);
        YearlySeries series = YearlySeries.of(values);
        assertThat(series.years()).containsExactly(1990, 2015, 2020);
        assertThat(series.values()).containsExactly(1.0, 2.0, 3.0);
        assertThat(series.firstYear()).isEqualTo(1990);
        assertThat(series.lastYear()).isEqualTo(2020);
        assertThat(series.firstValue()).isEqualTo(1.0);
        assertThat(series.lastValue()).isEqualTo(3.0);
        assertThat(series.value(2015)).hasValue(2.0);
        assertThat(series.value(2000)).isEmpty();
        assertThat(series.contains(2000)).isFalse();
        assertThat(series.toString()).isEqualTo("{1990=1.0, 2015=2.0, 2020=3.0}");
    }

    @Test
    void subSeriesStartsAtTheFirstYearAtOrAfterTheGivenYear() {
        YearlySeries series = YearlySeries.of(new int[] {1990, 2015, 2020}, new double[] {1, 2, 3});
        assertThat(series.from(2000).years()).containsExactly(2015, 2020);
        assertThat(series.from(2015).years()).containsExactly(2015, 2020);
        assertThat(series.from(1900)).isSameAs(series);
    }

    @Test
    void rejectsSubSeriesAfterTheLastYear() {
        YearlySeries series = YearlySeries.of(new int[] {1990, 2015}, new double[] {1, 2});
        assertThatThrownBy(() -> series.from(2016)).isInstanceOf(ClimateCityException.class)
                .hasMessage("series must have a value in or after 2016, last year is 2015");
    }

    @Test
    void rejectsYearsOutOfOrder() {
        assertThatThrownBy(() -> YearlySeries.of(new int[] {2020, 2015}, new double[] {1, 2}))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("series years must be strictly ascending, was 2015 after 2020");
    }

    @Test
    void rejectsArraysOfDifferentLength() {
        assertThatThrownBy(() -> YearlySeries.of(new int[] {2020}, new double[] {1, 2}))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("yearly series must have one value per year, had 1 years and 2 values");
    }

    @Test
    void rejectsAnEmptySeries() {
        assertThatThrownBy(() -> YearlySeries.builder().build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("yearly series must have at least one value, was empty");
    }

    @Test
    void rejectsNonFiniteValues() {
        assertThatThrownBy(() -> YearlySeries.builder().put(2020, Double.NaN))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("series value in 2020 must be a finite number, was NaN");
    }

    @Test
    void builderRejectsARepeatedYearButAddSums() {
        YearlySeries.Builder builder = YearlySeries.builder().put(2020, 1);
        assertThatThrownBy(() -> builder.put(2020, 2)).isInstanceOf(ClimateCityException.class)
                .hasMessage("series must have one value per year, repeated 2020");
        assertThat(YearlySeries.builder().add(2020, 1).add(2020, 2.5).build().require(2020)).isEqualTo(3.5);
    }

    @Test
    void requireNamesTheMissingYear() {
        YearlySeries series = YearlySeries.of(new int[] {2015, 2020}, new double[] {1, 2});
        assertThatThrownBy(() -> series.require(2016)).isInstanceOf(ClimateCityException.class)
                .hasMessage("series must have a value for 2016, has years [2015, 2020]");
    }

    @Test
    void returnsCopiesOfItsArrays() {
        YearlySeries series = YearlySeries.of(new int[] {2015, 2020}, new double[] {1, 2});
        series.years()[0] = 1999;
        series.values()[0] = 99;
        assertThat(series.firstYear()).isEqualTo(2015);
        assertThat(series.firstValue()).isEqualTo(1);
    }

    @Test
    void equalsByYearsAndValuesAndRoundTripsThroughPoints() {
        YearlySeries series = YearlySeries.of(new int[] {2015, 2020}, new double[] {1, 2});
        assertThat(YearlySeries.of(series.points())).isEqualTo(series).hasSameHashCodeAs(series);
        assertThat(YearlySeries.of(series.toMap())).isEqualTo(series);
        assertThat(series).isNotEqualTo(YearlySeries.of(new int[] {2015, 2020}, new double[] {1, 3}));
    }

    @Test
    void totalsInventoriesPerYearOrTakesOneSector() {
        ActorId owner = ActorId.of("borlange");
        Provenance source = Provenance.illustrative("test");
        List<EmissionsInventory> inventories = List.of(
                EmissionsInventory.of(owner, 2021, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5, source, List.of(
                        InventoryEntry.of(SwedishMainSector.DOMESTIC_TRANSPORT, 10),
                        InventoryEntry.of(SwedishMainSector.INDUSTRY, 5))),
                EmissionsInventory.of(owner, 2020, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5, source, List.of(
                        InventoryEntry.of(SwedishMainSector.INDUSTRY, 7))));
        assertThat(YearlySeries.fromInventories(inventories).toMap()).containsExactly(
                Map.entry(2020, 7.0), Map.entry(2021, 15.0));
        assertThat(YearlySeries.fromInventories(inventories, SwedishMainSector.DOMESTIC_TRANSPORT).toMap())
                .containsExactly(Map.entry(2020, 0.0), Map.entry(2021, 10.0));
    }

    @Test
    void rejectsInventoriesOfSeveralOwners() {
        Provenance source = Provenance.illustrative("test");
        List<EmissionsInventory> inventories = List.of(
                EmissionsInventory.of(ActorId.of("borlange"), 2020, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5,
                        source, List.of()),
                EmissionsInventory.of(ActorId.of("avesta"), 2021, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5, source,
                        List.of()));
        assertThatThrownBy(() -> YearlySeries.fromInventories(inventories)).isInstanceOf(ClimateCityException.class)
                .hasMessage("inventories of a series must have one owner, mixed 'borlange' and 'avesta'");
    }

    @Test
    void rejectsTwoInventoriesOfOneYear() {
        ActorId owner = ActorId.of("borlange");
        Provenance source = Provenance.illustrative("test");
        List<EmissionsInventory> inventories = List.of(
                EmissionsInventory.of(owner, 2020, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5, source, List.of()),
                EmissionsInventory.of(owner, 2020, Boundary.TERRITORIAL, GasBasis.ALL_GHG_AR5, source, List.of()));
        assertThatThrownBy(() -> YearlySeries.fromInventories(inventories)).isInstanceOf(ClimateCityException.class)
                .hasMessage("series must have one value per year, repeated 2020");
    }
}
