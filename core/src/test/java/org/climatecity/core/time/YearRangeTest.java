package org.climatecity.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearRangeTest {

    @ParameterizedTest
    @CsvSource({"2024,false", "2025,true", "2030,true", "2031,false"})
    void containsBothEnds(int year, boolean contained) {
        assertThat(YearRange.of(2025, 2030).contains(year)).isEqualTo(contained);
    }

    @ParameterizedTest
    @CsvSource({"2025,2030,6", "2030,2030,1", "1900,2200,301"})
    void countsItsYears(int first, int last, int length) {
        assertThat(YearRange.of(first, last).length()).isEqualTo(length);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2030|2025|last year must not be before first year 2030, was 2025",
        "1899|2025|first year must be a year from 1900 to 2200, was 1899",
        "2025|2201|last year must be a year from 1900 to 2200, was 2201",
    })
    void rejectsYearsOutOfRangeOrOrder(int first, int last, String message) {
        assertThatThrownBy(() -> YearRange.of(first, last)).isInstanceOf(ClimateCityException.class)
                .hasMessage(message);
    }

    @Test
    void isAValue() {
        assertThat(YearRange.of(2025, 2030)).isEqualTo(new YearRange(2025, 2030));
    }
}
