package org.climatecity.core.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.time.YearRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorTest {

    private static final LocalId ID = LocalId.of("charging-points");
    private static final Provenance SOURCE = Provenance.illustrative("test figures");

    private static Indicator.Builder points() {
        return Indicator.builder(ID, " public charging points ", "points", Direction.HIGHER_IS_BETTER)
                .baseline(40, 2024).target(400, 2029);
    }

    @Test
    void keepsItsDefinitionAndIsCityWideWhenItTracksNothing() {
        Indicator indicator = points().owner(ActorId.of("avesta")).build();
        assertThat(indicator.name()).isEqualTo("public charging points");
        assertThat(indicator.baseline()).isEqualTo(40.0);
        assertThat(indicator.baselineYear()).isEqualTo(2024);
        assertThat(indicator.isCityWide()).isTrue();
        assertThat(points().tracksAction(LocalId.of("hubs")).build().isCityWide()).isFalse();
        assertThat(points().tracksTarget(LocalId.of("neutral-2030")).build().isCityWide()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"40,0", "220,0.5", "400,1", "0,-0.1111111111", "580,1.5"})
    void measuresTheShareOfTheWayFromBaselineToTarget(double value, double expected) {
        assertThat(points().build().progress(value).getAsDouble()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void measuresProgressDownwardsForALowerIsBetterIndicator() {
        Indicator fossil = Indicator.builder(ID, "fossil share", "%", Direction.LOWER_IS_BETTER).baseline(30, null)
                .target(0, 2028).build();
        assertThat(fossil.progress(12).getAsDouble()).isCloseTo(0.6, within(1e-12));
        assertThat(fossil.meetsTarget(0)).contains(true);
        assertThat(fossil.meetsTarget(0.5)).contains(false);
        assertThat(points().build().meetsTarget(400)).contains(true);
        assertThat(points().build().meetsTarget(399)).contains(false);
    }

    @Test
    void hasNoProgressWithoutBaselineOrTargetOrWhenTheyAreEqual() {
        assertThat(Indicator.builder(ID, "n", "u", Direction.HIGHER_IS_BETTER).target(5, null).build().progress(1))
                .isEmpty();
        assertThat(Indicator.builder(ID, "n", "u", Direction.HIGHER_IS_BETTER).baseline(5, null).build()
                .progress(1)).isEmpty();
        assertThat(Indicator.builder(ID, "n", "u", Direction.HIGHER_IS_BETTER).baseline(5, null).target(5, null)
                .build().progress(1)).isEmpty();
        assertThat(Indicator.builder(ID, "n", "u", Direction.HIGHER_IS_BETTER).build().meetsTarget(1)).isEmpty();
    }

    @Test
    void takesTheMostSettledObservationOfAYear() {
        Observation estimate = new Observation(YearRange.of(2023, 2023), 10, ObservationStatus.ESTIMATE, SOURCE,
                null);
        Observation provisional = new Observation(YearRange.of(2023, 2023), 11, ObservationStatus.PROVISIONAL,
                SOURCE, null);
        Observation finalValue = Observation.of(2023, 12, ObservationStatus.FINAL, SOURCE);
        Observation twoYears = new Observation(YearRange.of(2022, 2023), 9, ObservationStatus.FINAL, SOURCE, null);
        Observation undated = new Observation(null, 8, ObservationStatus.FINAL, SOURCE, "year not stated");
        Observation only2024 = new Observation(YearRange.of(2024, 2024), 14, ObservationStatus.ESTIMATE, SOURCE,
                null);

        Indicator indicator = points().observation(finalValue).observation(provisional).observation(estimate)
                .observation(twoYears).observation(undated).observation(only2024).build();

        assertThat(indicator.observationIn(2023)).contains(finalValue);
        assertThat(points().observation(estimate).observation(provisional).build().observationIn(2023))
                .contains(provisional);
        assertThat(indicator.observationIn(2022)).isEmpty();
        assertThat(indicator.observationsByYear()).containsOnlyKeys(2023, 2024);
        assertThat(indicator.observationsByYear().get(2024)).isEqualTo(only2024);
    }

    @Test
    void findsARepeatedObservationAmongManyAsAmongFew() {
        // up to 16 observations are compared pair by pair, more through a set of keys
        Indicator.Builder many = points();
        for (int year = 2000; year < 2020; year++) {
            many.observation(Observation.of(year, year, ObservationStatus.FINAL, SOURCE));
        }
        assertThat(many.build().observations()).hasSize(20);
        many.observation(Observation.of(2005, 1, ObservationStatus.ESTIMATE, SOURCE));
        assertThat(many.build().observations()).hasSize(21);
        many.observation(Observation.of(2005, 2, ObservationStatus.FINAL, SOURCE));
        assertThatThrownBy(many::build).isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator 'charging-points' must have one final observation per period, repeated 2005");
    }

    @Test
    void rejectsTwoObservationsOfOnePeriodWithOneStatus() {
        assertThatThrownBy(() -> points().observation(Observation.of(2023, 1, ObservationStatus.FINAL, SOURCE))
                .observation(Observation.of(2023, 2, ObservationStatus.FINAL, SOURCE)).build())
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator 'charging-points' must have one final observation per period, repeated 2023");
        assertThatThrownBy(() -> points().observation(new Observation(null, 1, ObservationStatus.ESTIMATE, null,
                null)).observation(new Observation(null, 2, ObservationStatus.ESTIMATE, null, null)).build())
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator 'charging-points' must have one estimate observation per period, repeated an"
                        + " undated one");
    }

    @Test
    void rejectsAnIndicatorTrackingBothAnActionAndATarget() {
        assertThatThrownBy(() -> points().tracksAction(LocalId.of("hubs")).tracksTarget(LocalId.of("t")).build())
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator 'charging-points' must track an action or a target, not both, was action"
                        + " 'hubs' and target 't'");
    }

    @Test
    void rejectsBadValuesAndYears() {
        assertThatThrownBy(() -> Indicator.builder(ID, " ", "u", Direction.HIGHER_IS_BETTER).build())
                .isInstanceOf(ClimateCityException.class).hasMessage("indicator name must not be blank");
        assertThatThrownBy(() -> Indicator.builder(ID, "n", "u", null).build())
                .isInstanceOf(ClimateCityException.class).hasMessage("indicator direction must not be null");
        assertThatThrownBy(() -> Indicator.builder(ID, "n", "u", Direction.HIGHER_IS_BETTER)
                .baseline(Double.NaN, null).build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator baseline must be a finite number, was NaN");
        assertThatThrownBy(() -> new Indicator(ID, "n", "u", Direction.HIGHER_IS_BETTER, null, 2020, null, null,
                null, null, null, List.of(), null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator baseline year 2020 needs a baseline value, had none");
        assertThatThrownBy(() -> points().baseline(1, 2030).target(2, 2030).build())
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator baseline year must be before target year 2030, was 2030");
        assertThatThrownBy(() -> points().target(1, 99).build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("indicator target year must be a year from 1900 to 2200, was 99");
    }
}
