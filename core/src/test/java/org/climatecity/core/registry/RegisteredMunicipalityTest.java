package org.climatecity.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.junit.jupiter.api.Test;

class RegisteredMunicipalityTest {

    @Test
    void liesInTheCountyOfItsCode() {
        assertThat(new RegisteredMunicipality(MunicipalityCode.of("2081"), "Borlänge").county())
                .isEqualTo(CountyCode.of("20"));
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> new RegisteredMunicipality(null, "Borlänge")).isInstanceOf(ClimateCityException.class)
                .hasMessage("municipality code must not be null");
        assertThatThrownBy(() -> new RegisteredMunicipality(MunicipalityCode.of("2081"), ""))
                .isInstanceOf(ClimateCityException.class).hasMessage("municipality name must not be blank");
    }
}
