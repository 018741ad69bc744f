package org.climatecity.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.time.YearRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ActionTest {

    private static final ActorId TUNABYGGEN = ActorId.of("tunabyggen");

    private static Action action(double reduction, int rampUpYears) {
        return new Action(LocalId.of("action"), "Renovate", FieldOfAction.BUILT_ENVIRONMENT,
                List.of(Lever.TECHNOLOGY_AND_INFRASTRUCTURE), TUNABYGGEN, List.of(), YearRange.of(2025, 2030),
                ActionStatus.PLANNED, reduction, rampUpYears, SwedishMainSector.INDIVIDUAL_HEATING, null, List.of(),
                null);
    }

    @ParameterizedTest
    @CsvSource({"2024,0", "2025,400", "2026,800", "2027,1200", "2035,1200"})
    void rampsUpInEqualStepsFromTheFirstYearAndKeepsItsEffect(int year, double expected) {
        assertThat(action(1200, 3).reductionIn(year)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void deliversInFullInTheFirstYearWithOneRampUpYear() {
        assertThat(action(1200, 1).reductionIn(2025)).isEqualTo(1200);
        assertThat(action(0, 1).reductionIn(2030)).isZero();
    }

    @Test
    void rejectsRampUpYearsNegativeReductionsAndRepeatedLeversOrParticipants() {
        assertThatThrownBy(() -> action(1, 0)).isInstanceOf(ClimateCityException.class)
                .hasMessage("ramp-up years must be from 1 to 100, was 0");
        assertThatThrownBy(() -> action(1, 101)).isInstanceOf(ClimateCityException.class)
                .hasMessage("ramp-up years must be from 1 to 100, was 101");
        assertThatThrownBy(() -> action(-1, 3)).isInstanceOf(ClimateCityException.class)
                .hasMessage("expected annual reduction must not be negative, was -1.0");
        assertThatThrownBy(() -> new Action(LocalId.of("a"), "A", FieldOfAction.INDUSTRY,
                List.of(Lever.POLICY, Lever.POLICY), TUNABYGGEN, List.of(), YearRange.of(2025, 2030),
                ActionStatus.PLANNED, 1, 1, null, null, List.of(),
                        null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("levers must not repeat a value, repeated 'POLICY'");
        assertThatThrownBy(() -> new Action(LocalId.of("a"), "A", FieldOfAction.INDUSTRY, List.of(), TUNABYGGEN,
                List.of(TUNABYGGEN, TUNABYGGEN), YearRange.of(2025, 2030), ActionStatus.PLANNED, 1, 1, null, null,
                List.of(), null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("participants must not repeat a value, repeated 'tunabyggen'");
        assertThatThrownBy(() -> new Action(LocalId.of("a"), "A", FieldOfAction.INDUSTRY, List.of(), null,
                List.of(), YearRange.of(2025, 2030), ActionStatus.PLANNED, 1, 1, null, null, List.of(),
                        null))
                .isInstanceOf(ClimateCityException.class).hasMessage("responsible actor must not be null");
    }
}
