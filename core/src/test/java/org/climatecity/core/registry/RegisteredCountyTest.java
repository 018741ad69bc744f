package org.climatecity.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.CountyCode;
import org.junit.jupiter.api.Test;

class RegisteredCountyTest {

    @Test
    void keepsCodeAndStrippedName() {
        assertThat(new RegisteredCounty(CountyCode.of("20"), " Dalarnas län ").name()).isEqualTo("Dalarnas län");
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> new RegisteredCounty(null, "Dalarnas län")).isInstanceOf(ClimateCityException.class)
                .hasMessage("county code must not be null");
        assertThatThrownBy(() -> new RegisteredCounty(CountyCode.of("20"), null))
                .isInstanceOf(ClimateCityException.class).hasMessage("county name must not be null");
    }
}
