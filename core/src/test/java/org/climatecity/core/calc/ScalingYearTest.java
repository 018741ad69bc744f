package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class ScalingYearTest {

    @Test
    void rejectsEstimatesOutOfOrder() {
        assertThatThrownBy(() -> new ScalingYear(2030, 2, 1, 3)).isInstanceOf(ClimateCityException.class)
                .hasMessage("scaling effect must satisfy low <= central <= high, was 2.0, 1.0, 3.0 in 2030");
    }

    @Test
    void rejectsNegativeEffects() {
        assertThatThrownBy(() -> new ScalingYear(2030, -1, 1, 3)).isInstanceOf(ClimateCityException.class)
                .hasMessage("low effect must not be negative, was -1.0");
    }
}
