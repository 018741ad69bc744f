package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.climatecity.core.ClimateCityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TrendsTest {

    @Test
    void reproducesKlimatkollenTrendForBorlange() {
        YearlySeries borlange = BorlangeData.totals();
        Trend trend = Trends.lad(borlange, 2015);
        assertThat(trend.slope()).isCloseTo(-9829.2, within(0.05));
        assertThat(trend.firstYear()).isEqualTo(2015);
        assertThat(trend.lastYear()).isEqualTo(2024);
        assertThat(trend.points()).isEqualTo(6);
        assertThat(trend.lastObservedValue()).isCloseTo(423795.83, within(1e-6));
        assertThat(100 * Trends.cagr(borlange, 2015, 2024)).isCloseTo(-1.073, within(0.0005));
        assertThat(trend.zeroDate()).hasValue(LocalDate.of(2067, 2, 12));
    }

    @Test
    void ladOfBorlangePassesThroughTheTwoPointsThatDefineIt() {
        Trend trend = Trends.lad(BorlangeData.totals(), 2015);
        // the optimum is the line through 2015 and 2021
        assertThat(trend.fittedValue(2015)).isCloseTo(467021.52, within(1e-6));
        assertThat(trend.fittedValue(2021)).isCloseTo(408046.34, within(1e-6));
    }

    @Test
    void ladMatchesABruteForceOptimumOnSeededRandomSeries() {
        SplittableRandom random = new SplittableRandom(20241204);
        for (int run = 0; run < 500; run++) {
            int n = 2 + random.nextInt(14);
            YearlySeries.Builder builder = YearlySeries.builder();
            int year = 1990;
            for (int i = 0; i < n; i++) {
                year += 1 + random.nextInt(5);
                double value = random.nextInt(4) == 0 ? 1000 // repeated values make ties likely
                        : Math.round(1000 + 50 * i * (random.nextDouble() - 0.7) + 200 * random.nextGaussian());
                builder.put(year, value);
            }
            YearlySeries series = builder.build();
            Trend trend = Trends.lad(series, 1900);
            double brute = bruteForceLadObjective(series);
            assertThat(objective(series, trend)).as("series %s", series).isCloseTo(brute, within(1e-7 * (1 + brute)));
        }
    }

    @Test
    void ladIsDeterministicWhenTheOptimumIsNotUnique() {
        // (0,0) (1,1) (2,1) (3,0): lines of slope -1/2, 0 and 1/2 (and levels between 0 and 1 at slope 0) all have
        // the least sum of absolute deviations, 2; the flattest is chosen, at the median level
        YearlySeries series = YearlySeries.of(new int[] {2000, 2001, 2002, 2003}, new double[] {0, 1, 1, 0});
        Trend trend = Trends.lad(series, 2000);
        assertThat(trend.slope()).isEqualTo(0.0);
        assertThat(trend.valueAtFirstYear()).isEqualTo(0.5);
        assertThat(objective(series, trend)).isEqualTo(2.0);
        assertThat(bruteForceLadObjective(series)).isEqualTo(2.0);
    }

    @Test
    void ladByPairsGivesTheSlopeOfLadByPivotsOnSeededRandomSeries() {
        SplittableRandom random = new SplittableRandom(6);
        for (int run = 0; run < 2000; run++) {
            int n = 2 + random.nextInt(Trends.PAIRWISE_LAD_MAX_POINTS - 1);
            double[] x = new double[n];
            double[] y = new double[n];
            double scale = 1;
            for (int i = 0; i < n; i++) {
                x[i] = i == 0 ? 0 : x[i - 1] + 1 + random.nextInt(5);
                // small whole numbers make ties between optimal lines common
                y[i] = run % 2 == 0 ? random.nextInt(4) : random.nextDouble() * 1e6;
                scale += Math.abs(y[i]);
            }
            assertThat(Trends.ladSlopeByPairs(x, y, 1e-10 * scale)).as("run %d", run)
                    .isEqualTo(Trends.ladSlope(x, y, 1e-10 * scale));
        }
    }

    @Test
    void olsMatchesTheClosedFormOfThreePoints() {
        // x = 0, 1, 2; y = 1, 3, 2: slope = sum(dx*dy)/sum(dx^2) = ((-1)(-1) + 1*0) / 2 = 0.5; mean y 2 at x 1
        YearlySeries series = YearlySeries.of(new int[] {2010, 2011, 2012}, new double[] {1, 3, 2});
        Trend trend = Trends.ols(series, 2010);
        assertThat(trend.method()).isEqualTo(TrendMethod.OLS);
        assertThat(trend.slope()).isCloseTo(0.5, within(1e-12));
        assertThat(trend.valueAtFirstYear()).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void olsMatchesTheNormalEquationsOnSeededRandomSeriesWithGaps() {
        SplittableRandom random = new SplittableRandom(7);
        for (int run = 0; run < 100; run++) {
            int n = 2 + random.nextInt(20);
            YearlySeries.Builder builder = YearlySeries.builder();
            int year = 1990;
            for (int i = 0; i < n; i++) {
                year += 1 + random.nextInt(5);
                builder.put(year, 1e5 * random.nextDouble());
            }
            YearlySeries series = builder.build();
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                double x = series.yearAt(i);
                double y = series.valueAt(i);
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
            double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            double intercept = (sy - slope * sx) / n;
            Trend trend = Trends.ols(series, 1900);
            assertThat(trend.slope()).isCloseTo(slope, within(1e-6 * (1 + Math.abs(slope))));
            assertThat(trend.fittedValue(2000)).isCloseTo(intercept + slope * 2000, within(1e-3));
        }
    }

    @ParameterizedTest
    @EnumSource(TrendMethod.class)
    void flatSeriesHasZeroSlopeAndNoZeroDate(TrendMethod method) {
        YearlySeries series = YearlySeries.of(new int[] {2015, 2020, 2021}, new double[] {5, 5, 5});
        Trend trend = Trends.fit(series, 2015, method);
        assertThat(trend.slope()).isEqualTo(0.0);
        assertThat(trend.anchoredValue(2050)).isEqualTo(5.0);
        assertThat(trend.zeroDate()).isEmpty();
        assertThat(trend.zeroYear()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TrendMethod.class)
    void risingSeriesHasNoZeroDate(TrendMethod method) {
        YearlySeries series = YearlySeries.of(new int[] {2015, 2020, 2021}, new double[] {5, 6, 8});
        Trend trend = Trends.fit(series, 2015, method);
        assertThat(trend.slope()).isPositive();
        assertThat(trend.zeroDate()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TrendMethod.class)
    void zeroEmissionsHaveReachedZeroInTheLastYear(TrendMethod method) {
        YearlySeries series = YearlySeries.of(new int[] {2022, 2023, 2024}, new double[] {0, 0, 0});
        Trend trend = Trends.fit(series, 2015, method);
        assertThat(trend.slope()).isEqualTo(0.0);
        assertThat(trend.zeroDate()).hasValue(LocalDate.of(2024, 1, 1));
        assertThat(trend.anchoredPath(2025, 2027).tonnesCo2e()).containsExactly(0.0, 0.0, 0.0);
    }

    @ParameterizedTest
    @EnumSource(TrendMethod.class)
    void rejectsATrendOfOneDataPoint(TrendMethod method) {
        YearlySeries series = YearlySeries.of(new int[] {2010, 2024}, new double[] {5, 6});
        assertThatThrownBy(() -> Trends.fit(series, 2015, method)).isInstanceOf(ClimateCityException.class)
                .hasMessage("trend needs values for at least 2 years from 2015, had 1 (2024)");
    }

    @Test
    void twoPointsGiveTheLineThroughThemWithEitherMethod() {
        YearlySeries series = YearlySeries.of(new int[] {2015, 2025}, new double[] {100, 50});
        for (TrendMethod method : TrendMethod.values()) {
            Trend trend = Trends.fit(series, 2015, method);
            assertThat(trend.slope()).isCloseTo(-5, within(1e-12));
            assertThat(trend.fittedValue(2015)).isCloseTo(100, within(1e-12));
        }
    }

    @Test
    void cagrIsTheCompoundRateBetweenTwoYears() {
        YearlySeries series = YearlySeries.of(new int[] {2020, 2022}, new double[] {100, 81});
        assertThat(Trends.cagr(series, 2020, 2022)).isCloseTo(-0.1, within(1e-12));
    }

    @Test
    void cagrRejectsAZeroStartValue() {
        YearlySeries series = YearlySeries.of(new int[] {2020, 2022}, new double[] {0, 81});
        assertThatThrownBy(() -> Trends.cagr(series, 2020, 2022)).isInstanceOf(ClimateCityException.class)
                .hasMessage("growth rate needs a start value greater than 0, was 0.0 in 2020");
    }

    @Test
    void cagrRejectsYearsOutOfOrder() {
        YearlySeries series = YearlySeries.of(new int[] {2020, 2022}, new double[] {1, 81});
        assertThatThrownBy(() -> Trends.cagr(series, 2022, 2020)).isInstanceOf(ClimateCityException.class)
                .hasMessage("growth rate needs fromYear before toYear, was 2022 to 2020");
    }

    private static double objective(YearlySeries series, Trend trend) {
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            sum += Math.abs(series.valueAt(i) - trend.fittedValue(series.yearAt(i)));
        }
        return sum;
    }

    /** The smallest sum of absolute deviations over all lines through two data points. */
    private static double bruteForceLadObjective(YearlySeries series) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < series.size(); i++) {
            for (int j = i + 1; j < series.size(); j++) {
                double slope = (series.valueAt(j) - series.valueAt(i)) / (series.yearAt(j) - series.yearAt(i));
                double sum = 0;
                for (int k = 0; k < series.size(); k++) {
                    sum += Math.abs(series.valueAt(k) - series.valueAt(i)
                            - slope * (series.yearAt(k) - series.yearAt(i)));
                }
                best = Math.min(best, sum);
            }
        }
        return best;
    }
}
