package org.climatecity.core.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.common.DataSource;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.id.LocalId;
import org.junit.jupiter.api.Test;

class JurisdictionTest {

    private static final Geography SWEDEN = Geography.country(CountryCode.SWEDEN);
    private static final Provenance SCB = Provenance.officialStatistics(DataSource.of("SCB", "Population"));

    @Test
    void holdsItsDriverValueWithItsSource() {
        Jurisdiction sweden = new Jurisdiction(LocalId.of("se"), "Sweden", SWEDEN, 10_551_707, SCB);

        assertThat(sweden.driverValue()).isEqualTo(10_551_707);
        assertThat(sweden.provenance()).isEqualTo(SCB);
    }

    @Test
    void rejectsNegativeDriverValuesAndMissingParts() {
        assertThatThrownBy(() -> new Jurisdiction(LocalId.of("se"), "Sweden", SWEDEN, -1, SCB))
                .isInstanceOf(ClimateCityException.class).hasMessage("driver value must not be negative, was -1.0");
        assertThatThrownBy(() -> new Jurisdiction(LocalId.of("se"), "Sweden", null, 1, SCB))
                .isInstanceOf(ClimateCityException.class).hasMessage("jurisdiction geography must not be null");
        assertThatThrownBy(() -> new Jurisdiction(LocalId.of("se"), "Sweden", SWEDEN, 1, null))
                .isInstanceOf(ClimateCityException.class).hasMessage("provenance must not be null");
    }
}
