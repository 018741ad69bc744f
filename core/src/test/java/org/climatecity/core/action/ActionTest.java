package org.climatecity.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Money;
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
                null, List.of(), null, null, null);
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
                        null, List.of(), null, null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("levers must not repeat a value, repeated 'POLICY'");
        assertThatThrownBy(() -> new Action(LocalId.of("a"), "A", FieldOfAction.INDUSTRY, List.of(), TUNABYGGEN,
                List.of(TUNABYGGEN, TUNABYGGEN), YearRange.of(2025, 2030), ActionStatus.PLANNED, 1, 1, null, null,
                List.of(), null, List.of(), null, null, null)).isInstanceOf(ClimateCityException.class)
                .hasMessage("participants must not repeat a value, repeated 'tunabyggen'");
        assertThatThrownBy(() -> new Action(LocalId.of("a"), "A", FieldOfAction.INDUSTRY, List.of(), null,
                List.of(), YearRange.of(2025, 2030), ActionStatus.PLANNED, 1, 1, null, null, List.of(),
                        null, List.of(), null, null, null))
                .isInstanceOf(ClimateCityException.class).hasMessage("responsible actor must not be null");
    }

    private static Action.Builder followed() {
        return Action.builder(LocalId.of("hubs"), "Mobility hubs", FieldOfAction.MOBILITY_AND_TRANSPORT, TUNABYGGEN,
                YearRange.of(2025, 2029));
    }

    @Test
    void takesItsStatusFromTheLatestChangeAndAnswersTheStatusOnADate() {
        Action action = followed()
                .statusChange(StatusChange.of(LocalDate.of(2024, 12, 1), ActionStatus.PLANNED, "in the plan"))
                .statusChange(StatusChange.of(LocalDate.of(2025, 3, 12), ActionStatus.APPROVED, "council decision"))
                .statusChange(StatusChange.of(LocalDate.of(2025, 9, 1), ActionStatus.DELAYED, "supplier late"))
                .actualStart(LocalDate.of(2025, 4, 1)).spent(Money.of(1_000_000, "SEK")).build();

        assertThat(action.status()).isEqualTo(ActionStatus.DELAYED);
        assertThat(action.status().delivers()).isTrue();
        assertThat(action.statusOn(LocalDate.of(2024, 11, 30))).isEmpty();
        assertThat(action.statusOn(LocalDate.of(2025, 3, 12))).contains(ActionStatus.APPROVED);
        assertThat(action.statusOn(LocalDate.of(2030, 1, 1))).contains(ActionStatus.DELAYED);
        assertThat(action.changesIn(2025)).extracting(StatusChange::status)
                .containsExactly(ActionStatus.APPROVED, ActionStatus.DELAYED);
        assertThat(action.changesIn(2026)).isEmpty();
        assertThat(action.spent()).isEqualTo(Money.of(1_000_000, "SEK"));
        assertThat(followed().build().statusOn(LocalDate.of(2030, 1, 1))).isEmpty();
    }

    @Test
    void rejectsAStatusThatIsNotTheLatestChangesAndChangesOutOfOrder() {
        assertThatThrownBy(() -> followed().status(ActionStatus.PLANNED)
                .statusChange(StatusChange.of(LocalDate.of(2025, 3, 12), ActionStatus.APPROVED, "decision"))
                .build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("status of action 'hubs' must be that of its latest change, approved, was planned");
        assertThatThrownBy(() -> followed()
                .statusChange(StatusChange.of(LocalDate.of(2025, 3, 12), ActionStatus.APPROVED, "decision"))
                .statusChange(StatusChange.of(LocalDate.of(2025, 3, 12), ActionStatus.IN_PROGRESS, "start"))
                .build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("status changes of action 'hubs' must be in strictly ascending dates, was 2025-03-12"
                        + " after 2025-03-12");
    }

    @Test
    void rejectsACompletionBeforeTheStartOrWithoutCompletedStatus() {
        assertThatThrownBy(() -> followed().status(ActionStatus.COMPLETED).actualStart(LocalDate.of(2025, 4, 1))
                .actualCompletion(LocalDate.of(2025, 3, 31)).build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("actual completion of action 'hubs' must not be before its actual start 2025-04-01,"
                        + " was 2025-03-31");
        assertThatThrownBy(() -> followed().status(ActionStatus.IN_PROGRESS)
                .actualCompletion(LocalDate.of(2025, 3, 31)).build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("action 'hubs' with an actual completion must have status completed, was in-progress");
        assertThat(followed().status(ActionStatus.COMPLETED).actualStart(LocalDate.of(2025, 4, 1))
                .actualCompletion(LocalDate.of(2025, 4, 1)).build().actualCompletion())
                .isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void rejectsABlankNoteOfAStatusChange() {
        assertThatThrownBy(() -> StatusChange.of(LocalDate.of(2025, 1, 1), ActionStatus.PLANNED, " "))
                .isInstanceOf(ClimateCityException.class).hasMessage("status change note must not be blank");
        assertThatThrownBy(() -> new StatusChange(null, ActionStatus.PLANNED, null, null))
                .isInstanceOf(ClimateCityException.class).hasMessage("status change date must not be null");
    }
}
