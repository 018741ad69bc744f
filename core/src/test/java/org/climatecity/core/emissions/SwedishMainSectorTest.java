package org.climatecity.core.emissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishMainSectorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Arbetsmaskiner|WORK_MACHINERY",
        "Avfall (inkl.avlopp)|WASTE",
        "Egen uppvärmning av bostäder och lokaler|INDIVIDUAL_HEATING",
        "El och fjärrvärme|ELECTRICITY_AND_DISTRICT_HEATING",
        "Industri (energi + processer)|INDUSTRY",
        "Jordbruk|AGRICULTURE",
        "Produktanvändning (inkl. lösningsmedel)|PRODUCT_USE",
        "Transporter|DOMESTIC_TRANSPORT",
        "Utrikes transporter|INTERNATIONAL_TRANSPORT",
    })
    void readsThePublishedLabelsOfTheNineMainSectors(String label, SwedishMainSector sector) {
        assertThat(SwedishMainSector.fromLabel(label)).isSameAs(sector);
        assertThat(sector.label()).isEqualTo(label);
        assertThat(sector.scheme()).isEqualTo(SectorScheme.SE_NATIONAL_MAIN);
        assertThat(sector.id()).startsWith("se:").endsWith(sector.code());
    }

    @Test
    void hasNineSectors() {
        assertThat(SwedishMainSector.values()).hasSize(9);
    }

    @Test
    void rejectsUnknownLabels() {
        assertThatThrownBy(() -> SwedishMainSector.fromLabel("Transport"))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("Swedish main sector label must be one of the 9 published labels, was 'Transport'");
        assertThatThrownBy(() -> SwedishMainSector.fromLabel(null)).isInstanceOf(ClimateCityException.class)
                .hasMessageEndingWith("was 'null'");
    }
}
