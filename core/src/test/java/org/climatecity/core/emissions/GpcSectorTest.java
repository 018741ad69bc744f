package org.climatecity.core.emissions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GpcSectorTest {

    @ParameterizedTest
    @CsvSource({
        "STATIONARY_ENERGY,gpc:stationary-energy,I Stationary energy",
        "TRANSPORTATION,gpc:transportation,II Transportation",
        "WASTE,gpc:waste,III Waste",
        "IPPU,gpc:ippu,IV Industrial processes and product use",
        "AFOLU,gpc:afolu,'V Agriculture, forestry and other land use'",
        "OTHER_SCOPE_3,gpc:other-scope-3,VI Other scope 3",
    })
    void namesTheSixGpcSectors(GpcSector sector, String id, String label) {
        assertThat(sector.id()).isEqualTo(id);
        assertThat(sector.label()).isEqualTo(label);
        assertThat(sector.scheme()).isEqualTo(SectorScheme.GPC);
        assertThat(sector.scheme().prefix()).isEqualTo("gpc");
    }
}
