package org.climatecity.core.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EffectEstimateTest {

    @Test
    void mayBeExact() {
        assertThat(EffectEstimate.exactly(0.1)).isEqualTo(new EffectEstimate(0.1, 0.1, 0.1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.2|0.1|0.3|effect estimate must satisfy low <= central <= high, was 0.2, 0.1, 0.3",
        "0.1|0.3|0.2|effect estimate must satisfy low <= central <= high, was 0.1, 0.3, 0.2",
        "-0.1|0.1|0.2|low effect must not be negative, was -0.1",
    })
    void rejectsEstimatesOutOfOrderOrNegative(double low, double central, double high, String message) {
        assertThatThrownBy(() -> new EffectEstimate(low, central, high)).isInstanceOf(ClimateCityException.class)
                .hasMessage(message);
    }
}
