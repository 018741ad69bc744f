package org.climatecity.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LauCodeTest {

    @Test
    void usesTheMunicipalityCodeAsSwedishLauCode() {
        LauCode lau = LauCode.of(MunicipalityCode.of("2081"));

        assertThat(lau.country()).isEqualTo(CountryCode.SWEDEN);
        assertThat(lau.code()).isEqualTo("2081");
        assertThat(lau).hasToString("SE:2081");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SE:2081", "FI:091", "DE:09162000", "FR:75056", "IE:E-01"})
    void roundTripsThroughParse(String text) {
        assertThat(LauCode.parse(text).toString()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2081|LAU code must be written COUNTRY:CODE such as 'SE:2081', was '2081'",
        "SWE:2081|LAU code must be written COUNTRY:CODE such as 'SE:2081', was 'SWE:2081'",
        "SE:208|municipality code must be 4 digits, was '208'",
        "FI:09 1|LAU code must be 1 to 12 uppercase letters, digits or hyphens, was '09 1'",
        "FI:|LAU code must be 1 to 12 uppercase letters, digits or hyphens, was ''",
        "DE:0916200012345|LAU code must be 1 to 12 uppercase letters, digits or hyphens, was '0916200012345'",
        "XX:1|country code must be an assigned ISO 3166-1 alpha-2 code such as 'SE', was 'XX'",
    })
    void rejectsMalformedCodes(String text, String message) {
        assertThatThrownBy(() -> LauCode.parse(text)).isInstanceOf(ClimateCityException.class).hasMessage(message);
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> LauCode.parse(null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("LAU code must not be null");
        assertThatThrownBy(() -> new LauCode(null, "2081")).isInstanceOf(ClimateCityException.class)
                .hasMessage("LAU country must not be null");
        assertThatThrownBy(() -> new LauCode(CountryCode.SWEDEN, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("LAU code must be 1 to 12 uppercase letters, digits or hyphens, was 'null'");
    }
}
