package org.climatecity.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    @Test
    void keepsOptionalBaselineTargetAndYear() {
        Indicator points = new Indicator(" charging points ", "points", 40.0, 400.0, 2029);

        assertThat(points.name()).isEqualTo("charging points");
        assertThat(new Indicator("n", "u", null, null, null).target()).isNull();
    }

    @Test
    void rejectsBlankTextsNonFiniteValuesAndYearsOutOfRange() {
        assertThatThrownBy(() -> new Indicator("", "u", null, null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator name must not be blank");
        assertThatThrownBy(() -> new Indicator("n", null, null, null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator unit must not be null");
        assertThatThrownBy(() -> new Indicator("n", "u", Double.NaN, null, null))
                .isInstanceOf(ClimateCityException.class).hasMessage("indicator baseline must be a finite number, was NaN");
        assertThatThrownBy(() -> new Indicator("n", "u", null, Double.NEGATIVE_INFINITY, null))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator target must be a finite number, was -Infinity");
        assertThatThrownBy(() -> new Indicator("n", "u", null, null, 99)).isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator target year must be a year from 1900 to 2200, was 99");
    }
}
