package org.climatecity.core.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.emissions.SwedishMainSector;
import org.junit.jupiter.api.Test;

class DriverTest {

    @Test
    void namesASectorOnlyForSectorEmissions() {
        assertThat(Driver.population()).isEqualTo(new Driver(DriverKind.POPULATION, null));
        assertThat(Driver.sectorEmissions(SwedishMainSector.DOMESTIC_TRANSPORT).sector())
                .isEqualTo(SwedishMainSector.DOMESTIC_TRANSPORT);
        assertThat(DriverKind.POPULATION.unit()).isEqualTo("resident");
        assertThat(DriverKind.SECTOR_EMISSIONS.unit()).isEqualTo("tonne CO2e of the sector");
    }

    @Test
    void rejectsAMissingOrSuperfluousSector() {
        assertThatThrownBy(() -> new Driver(DriverKind.SECTOR_EMISSIONS, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("driver of kind sector-emissions must name a sector, was none");
        assertThatThrownBy(() -> new Driver(DriverKind.BUILDINGS, SwedishMainSector.WASTE))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("driver of kind buildings must not name a sector, was 'se:waste'");
        assertThatThrownBy(() -> Driver.sectorEmissions(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("sector must not be null");
        assertThatThrownBy(() -> new Driver(null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("driver kind must not be null");
    }
}
