package org.climatecity.core.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class BaselineTest {

    @Test
    void holdsTheEmissionsOfItsYear() {
        assertThat(new Baseline(1990, 539_458.74).tonnesCo2e()).isEqualTo(539_458.74);
        assertThat(Baseline.yearOnly(1990).tonnesCo2e()).isNull();
    }

    @Test
    void rejectsYearsOutOfRangeAndNegativeOrNonFiniteEmissions() {
        assertThatThrownBy(() -> new Baseline(1899, 1.0)).isInstanceOf(ClimateCityException.class)
                .hasMessage("baseline year must be a year from 1900 to 2200, was 1899");
        assertThatThrownBy(() -> new Baseline(1990, -1.0)).isInstanceOf(ClimateCityException.class)
                .hasMessage("baseline tonnes CO2e must not be negative, was -1.0");
        assertThatThrownBy(() -> new Baseline(1990, Double.NaN)).isInstanceOf(ClimateCityException.class)
                .hasMessage("baseline tonnes CO2e must be a finite number, was NaN");
    }
}
