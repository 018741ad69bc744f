package org.climatecity.interop.klimatkollen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalDouble;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.calc.EmissionsProjection;
import org.climatecity.core.calc.TargetPaths;
import org.climatecity.core.calc.Trend;
import org.climatecity.core.calc.TrendMethod;
import org.climatecity.core.calc.Trends;
import org.climatecity.core.calc.YearlySeries;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.indicators.Indicator;
import org.climatecity.core.indicators.Observation;
import org.climatecity.core.programme.Initiative;
import org.climatecity.interop.ImportResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Oracle test: the library's trend calculations on the imported SMHI series reproduce the figures Klimatkollen
 * published in the same file, imported as its estimates, for all 290 municipalities.
 *
 * <p>The older file's method, as the figures show: an ordinary least-squares line over the years from 2015
 * ({@link Trends#ols}), its value in 2024 as the start of the trend (not anchored at the last observed year, 2022), the
 * zero date counted from 1 January 2024 in 365-day years; the carbon budget's path an exponential decline from the
 * trend's 2024 value at the rate that spends the budget, {@code 1 - exp(-E2024 / budget)}.
 */
class KlimatkollenTrendsTest {

    private static final int START = 2024;
    private static ProgrammeDocument document;

    @BeforeAll
    static void importSample() {
        ImportResult result = KlimatkollenImporter.read(KlimatkollenImporterTest.OLDER);
        document = result.document();
    }

    @Test
    void reproducesSlopeZeroDateAndCarbonBudgetOfAll290Municipalities() {
        int municipalities = 0;
        int zeroDates = 0;
        int never = 0;
        int pathYears = 0;
        for (Municipality municipality : document.actorsOfKind(Municipality.class)) {
            String prefix = municipality.id().value() + "-";
            Initiative figures = document.initiative(LocalId.of("klimatkollen-2022-" + municipality.id().value()))
                    .orElseThrow();
            YearlySeries series = YearlySeries.fromInventories(document.inventoriesOf(municipality.id(),
                    Boundary.TERRITORIAL));
            Trend trend = Trends.fit(series, Trends.KLIMATKOLLEN_SINCE_YEAR, TrendMethod.OLS);
            double e2024 = trend.fittedValue(START);
            String name = municipality.name();

            Indicator published = indicator(figures, prefix + "emissions-trend-2022");
            double publishedSlope = value(published, 2025) - value(published, 2024);
            assertThat(trend.slope()).as("slope of %s", name).isCloseTo(publishedSlope, within(0.002));
            assertThat(e2024).as("2024 value of %s", name).isCloseTo(value(published, 2024), within(0.002));

            Trend from2024 = new Trend(TrendMethod.OLS, trend.firstYear(), START, trend.points(), trend.slope(),
                    trend.valueAtFirstYear(), e2024);
            OptionalDouble zeroYear = from2024.zeroYear();
            var zero = figures.indicator(LocalId.of(prefix + "net-zero-date-2022"));
            if (zeroYear.isEmpty()) {
                assertThat(zero).as("%s never reaches zero", name).isEmpty();
                never++;
            } else {
                LocalDate ours = LocalDate.of(START, 1, 1)
                        .plusDays((long) Math.floor((zeroYear.getAsDouble() - START) * 365));
                LocalDate theirs = LocalDate.parse(zero.orElseThrow().observations().get(0).note());
                assertThat(Math.abs(ChronoUnit.DAYS.between(ours, theirs))).as("zero date of %s: %s and %s", name,
                        ours, theirs).isLessThanOrEqualTo(1);
                zeroDates++;
            }

            double budget = indicator(figures, prefix + "carbon-budget-2022").observations().get(0).value();
            double rate = 1 - Math.exp(-e2024 / budget);
            assertThat(100 * rate).as("needed change of %s", name).isCloseTo(
                    indicator(figures, prefix + "needed-emission-change-2022").observations().get(0).value(),
                    within(0.006));
            EmissionsProjection path = TargetPaths.exponential(START, e2024, 2050, e2024 * Math.pow(1 - rate,
                    2050 - START));
            for (Observation observation : indicator(figures, prefix + "carbon-law-path-2022").observations()) {
                int year = observation.period().first();
                assertThat(path.valueIn(year)).as("carbon budget path of %s in %d", name, year)
                        .isCloseTo(observation.value(), within(0.0015));
                pathYears++;
            }
            municipalities++;
        }
        assertThat(municipalities).isEqualTo(290);
        assertThat(zeroDates + never).isEqualTo(290);
        assertThat(never).isEqualTo(15);
        assertThat(pathYears).isEqualTo(290 * 27);
    }

    private static Indicator indicator(Initiative initiative, String id) {
        return initiative.indicator(LocalId.of(id)).orElseThrow();
    }

    private static double value(Indicator indicator, int year) {
        return indicator.observationIn(year).orElseThrow().value();
    }
}
