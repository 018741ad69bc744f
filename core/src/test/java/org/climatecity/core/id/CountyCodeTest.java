package org.climatecity.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountyCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"01", "20", "25", "99"})
    void roundTripsThroughParse(String code) {
        assertThat(CountyCode.parse(CountyCode.of(code).toString())).isEqualTo(CountyCode.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "200", "2a", ""})
    void rejectsValuesThatAreNotTwoDigits(String value) {
        assertThatThrownBy(() -> CountyCode.of(value)).isInstanceOf(ClimateCityException.class)
                .hasMessage("county code must be 2 digits, was '" + value + "'");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> CountyCode.parse(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("county code must be 2 digits, was 'null'");
    }

    @Test
    void ordersByCode() {
        assertThat(CountyCode.of("03")).isLessThan(CountyCode.of("20"));
    }
}
