package org.climatecity.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ShareTest {

    @Test
    void holdsAFractionAndShowsItAsAPercentage() {
        assertThat(Share.ofPercent(63)).isEqualTo(Share.of(0.63));
        assertThat(Share.of(0.63).percent()).isEqualTo(63.0);
        assertThat(Share.of(0.15).complement()).isEqualTo(Share.of(0.85));
        assertThat(Share.of(0.63)).hasToString("63%");
        assertThat(Share.of(0.125)).hasToString("12.5%");
        assertThat(Share.of(-0.0)).isEqualTo(Share.ZERO);
        assertThat(Share.ZERO).isLessThan(Share.ALL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "63|share must be from 0 to 1 (a share is a fraction: 63.0 % is 0.63), was 63.0",
        "-0.1|share must be from 0 to 1, was -0.1",
        "150|share must be from 0 to 1, was 150.0",
        "NaN|share must be from 0 to 1, was NaN",
    })
    void rejectsFractionsOutsideZeroToOneAndHintsAtPercentages(double value, String message) {
        assertThatThrownBy(() -> Share.of(value)).isInstanceOf(ClimateCityException.class).hasMessage(message);
    }

    @Test
    void rejectsPercentagesOutsideZeroToOneHundred() {
        assertThatThrownBy(() -> Share.ofPercent(101)).isInstanceOf(ClimateCityException.class)
                .hasMessage("percentage must be from 0 to 100, was 101.0");
    }
}
