package org.climatecity.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

    @ParameterizedTest
    @CsvSource({"2081,20", "2084,20", "0114,01", "2584,25"})
    void takesItsCountyFromTheFirstTwoDigits(String code, String county) {
        assertThat(MunicipalityCode.of(code).county()).isEqualTo(CountyCode.of(county));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2081", "0180", "9999"})
    void roundTripsThroughParse(String code) {
        assertThat(MunicipalityCode.parse(MunicipalityCode.of(code).toString())).isEqualTo(MunicipalityCode.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"208", "20811", "20a1", "", " 2081"})
    void rejectsValuesThatAreNotFourDigits(String value) {
        assertThatThrownBy(() -> MunicipalityCode.of(value)).isInstanceOf(ClimateCityException.class)
                .hasMessage("municipality code must be 4 digits, was '" + value + "'");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> MunicipalityCode.parse(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("municipality code must be 4 digits, was 'null'");
    }

    @Test
    void ordersByCode() {
        assertThat(MunicipalityCode.of("0180")).isLessThan(MunicipalityCode.of("2081"));
    }
}
