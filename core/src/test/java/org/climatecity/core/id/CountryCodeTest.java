package org.climatecity.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"SE", "FI", "DE", "GR"})
    void acceptsAssignedCodesAndRoundTripsThroughParse(String code) {
        assertThat(CountryCode.parse(CountryCode.of(code).toString())).isEqualTo(CountryCode.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"se", "SWE", "XX", "EL", "EU", ""})
    void rejectsCodesThatAreNotAssignedIsoCountries(String value) {
        assertThatThrownBy(() -> CountryCode.of(value)).isInstanceOf(ClimateCityException.class)
                .hasMessage("country code must be an assigned ISO 3166-1 alpha-2 code such as 'SE', was '" + value
                        + "'");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> CountryCode.parse(null)).isInstanceOf(ClimateCityException.class)
                .hasMessageEndingWith("was 'null'");
    }

    @Test
    void namesSwedenAndOrdersByCode() {
        assertThat(CountryCode.SWEDEN.value()).isEqualTo("SE");
        assertThat(CountryCode.of("FI")).isLessThan(CountryCode.SWEDEN);
    }
}
