package org.climatecity.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NutsCodeTest {

    @ParameterizedTest
    @CsvSource({"SE,0,SE", "SE3,1,SE", "SE31,2,SE", "SE312,3,SE", "EL30,2,EL", "DEA1,2,DE"})
    void hasALevelPerCharacterAfterTheCountryPrefix(String code, int level, String prefix) {
        NutsCode nuts = NutsCode.of(code);

        assertThat(nuts.level()).isEqualTo(level);
        assertThat(nuts.countryPrefix()).isEqualTo(prefix);
        assertThat(NutsCode.parse(nuts.toString())).isEqualTo(nuts);
    }

    @ParameterizedTest
    @ValueSource(strings = {"S", "SE3123", "se3", "S3", "SE-1", ""})
    void rejectsMalformedCodes(String value) {
        assertThatThrownBy(() -> NutsCode.of(value)).isInstanceOf(ClimateCityException.class)
                .hasMessage("NUTS code must be 2 uppercase letters followed by up to 3 uppercase letters or digits,"
                        + " was '" + value + "'");
    }

    @Test
    void rejectsNull() {
        assertThatThrownBy(() -> NutsCode.parse(null)).isInstanceOf(ClimateCityException.class)
                .hasMessageEndingWith("was 'null'");
    }

    @ParameterizedTest
    @CsvSource({"SE,SE312,true", "SE3,SE312,true", "SE312,SE312,true", "SE312,SE3,false", "SE2,SE312,false"})
    void containsTheRegionsWhoseCodeStartsWithIt(String outer, String inner, boolean contains) {
        assertThat(NutsCode.of(outer).contains(NutsCode.of(inner))).isEqualTo(contains);
    }

    @Test
    void ordersByCode() {
        assertThat(NutsCode.of("SE")).isLessThan(NutsCode.of("SE3"));
    }
}
