package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendTest {

    @Test
    void anchoredPathPassesThroughTheLastObservedValueAndIsFlooredAtZero() {
        // fitted line says 90 in 2020, but the last observed value is 100
        Trend trend = new Trend(TrendMethod.LAD, 2015, 2020, 2, -30, 240, 100);
        EmissionsProjection path = trend.anchoredPath(2020, 2025);
        assertThat(path.kind()).isEqualTo(ProjectionKind.ANCHORED_TREND);
        assertThat(path.firstYear()).isEqualTo(2020);
        assertThat(path.tonnesCo2e()).containsExactly(100.0, 70.0, 40.0, 10.0, 0.0, 0.0);
        assertThat(trend.fittedValue(2020)).isEqualTo(90.0);
    }

    @ParameterizedTest
    @CsvSource({
        // last year, last value, slope, expected date
        "2024, 423795.83, -9829.2, 2067-02-12",
        "2020, 100, -100, 2021-01-01",
        "2020, 50, -100, 2020-07-01", // 0.5 * 365.25 = 182.6 days after 1 January of a leap year
        "2020, 100, -400, 2020-04-01", // 91.3 days
    })
    void zeroDateCountsTheFractionOfTheYearIn365Point25Days(int lastYear, double lastValue, double slope,
            LocalDate expected) {
        Trend trend = new Trend(TrendMethod.LAD, 2015, lastYear, 2, slope, lastValue, lastValue);
        assertThat(trend.zeroDate()).hasValue(expected);
    }

    @Test
    void zeroYearIsFractional() {
        Trend trend = new Trend(TrendMethod.OLS, 2015, 2020, 2, -40, 300, 100);
        assertThat(trend.zeroYear().getAsDouble()).isCloseTo(2022.5, within(1e-12));
    }

    @Test
    void aVanishingSlopeReachesZeroBeyondAnyDate() {
        Trend trend = new Trend(TrendMethod.OLS, 2015, 2020, 2, -1e-300, 1, 1);
        assertThat(trend.zeroDate()).isEmpty();
    }

    @Test
    void rejectsFewerThanTwoPoints() {
        assertThatThrownBy(() -> new Trend(TrendMethod.OLS, 2015, 2020, 1, 0, 0, 0))
                .isInstanceOf(ClimateCityException.class).hasMessage("trend points must be from 2 to 6, was 1");
    }

    @Test
    void rejectsALastYearNotAfterTheFirst() {
        assertThatThrownBy(() -> new Trend(TrendMethod.OLS, 2015, 2015, 2, 0, 0, 0))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("trend last year must be after first year 2015, was 2015");
    }

    @Test
    void rejectsANonFiniteSlope() {
        assertThatThrownBy(() -> new Trend(TrendMethod.OLS, 2015, 2020, 2, Double.NaN, 0, 0))
                .isInstanceOf(ClimateCityException.class).hasMessage("trend slope must be a finite number, was NaN");
    }
}
