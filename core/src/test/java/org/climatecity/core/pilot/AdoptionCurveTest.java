package org.climatecity.core.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdoptionCurveTest {

    @ParameterizedTest
    @CsvSource({"-1,0", "0,0", "1,0.25", "2,0.5", "4,1", "10,1"})
    void rampsLinearlyToSaturation(int years, double fraction) {
        assertThat(new AdoptionCurve.Linear(4).fraction(years)).isCloseTo(fraction, within(1e-12));
    }

    @Test
    void followsTheLogisticFormulaAndReachesHalfAtTheMidpoint() {
        AdoptionCurve.Logistic curve = new AdoptionCurve.Logistic(4, 1.0);

        assertThat(curve.fraction(-1)).isZero();
        assertThat(curve.fraction(4)).isCloseTo(0.5, within(1e-12));
        assertThat(curve.fraction(0)).isCloseTo(1 / (1 + Math.exp(4)), within(1e-12));
        assertThat(curve.fraction(8)).isCloseTo(1 / (1 + Math.exp(-4)), within(1e-12));
        for (int t = 0; t < 30; t++) {
            assertThat(curve.fraction(t + 1)).isGreaterThan(curve.fraction(t)).isLessThan(1.0);
        }
    }

    @ParameterizedTest
    @CsvSource({"-1,0", "0,0", "1,0", "2,1", "50,1"})
    void stepsToSaturationAfterTheDelay(int years, double fraction) {
        assertThat(new AdoptionCurve.Step(2).fraction(years)).isEqualTo(fraction);
        assertThat(new AdoptionCurve.Step(0).fraction(0)).isEqualTo(1);
    }

    @Test
    void namesEachCurveStably() {
        assertThat(new AdoptionCurve.Linear(1).typeName()).isEqualTo("linear");
        assertThat(new AdoptionCurve.Logistic(1, 1).typeName()).isEqualTo("logistic");
        assertThat(new AdoptionCurve.Step(1).typeName()).isEqualTo("step");
    }

    @Test
    void rejectsParametersOutOfRange() {
        assertThatThrownBy(() -> new AdoptionCurve.Linear(0)).isInstanceOf(ClimateCityException.class)
                .hasMessage("years to saturation must be from 1 to 100, was 0");
        assertThatThrownBy(() -> new AdoptionCurve.Logistic(0, 1)).isInstanceOf(ClimateCityException.class)
                .hasMessage("logistic midpoint years must be greater than 0 and at most 100, was 0.0");
        assertThatThrownBy(() -> new AdoptionCurve.Logistic(4, 11)).isInstanceOf(ClimateCityException.class)
                .hasMessage("logistic steepness must be greater than 0 and at most 10, was 11.0");
        assertThatThrownBy(() -> new AdoptionCurve.Logistic(Double.NaN, 1)).isInstanceOf(ClimateCityException.class)
                .hasMessage("logistic midpoint years must be a finite number, was NaN");
        assertThatThrownBy(() -> new AdoptionCurve.Step(101)).isInstanceOf(ClimateCityException.class)
                .hasMessage("step delay years must be from 0 to 100, was 101");
    }
}
