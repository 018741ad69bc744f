package org.climatecity.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.time.YearRange;
import org.junit.jupiter.api.Test;

class ActionPlanTest {

    private static final LocalId ID = LocalId.of("plan");
    private static final ActorId REGION = ActorId.of("region-dalarna");

    @Test
    void mayBeNotYetAdopted() {
        assertThat(new ActionPlan(ID, "Plan", List.of(REGION), null, List.of()).adoptedYear()).isNull();
        assertThat(new ActionPlan(ID, "Plan", List.of(REGION), 2025, List.of()).adoptedYear()).isEqualTo(2025);
    }

    @Test
    void rejectsPlansWithoutOwnersRepeatedOwnersAndYearsOutOfRange() {
        assertThatThrownBy(() -> new ActionPlan(ID, "Plan", List.of(), null, List.of()))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("action plan owners must name at least one owner, was empty");
        assertThatThrownBy(() -> new ActionPlan(ID, "Plan", List.of(REGION, REGION), null, List.of()))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("action plan owners must not repeat a value, repeated 'region-dalarna'");
        assertThatThrownBy(() -> new ActionPlan(ID, "Plan", List.of(REGION), 1066, List.of()))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("adopted year must be a year from 1900 to 2200, was 1066");
        assertThatThrownBy(() -> new ActionPlan(ID, " ", List.of(REGION), null, List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("action plan name must not be blank");
    }

    @Test
    void builderGivesTheSamePlanAsTheConstructor() {
        ActorId avesta = ActorId.of("avesta");
        Action first = Action.builder(LocalId.of("heat-pumps"), "Heat pumps", FieldOfAction.ENERGY_SYSTEMS, REGION,
                YearRange.of(2025, 2028)).build();
        Action second = Action.builder(LocalId.of("bus-lanes"), "Bus lanes", FieldOfAction.MOBILITY_AND_TRANSPORT,
                avesta, YearRange.of(2025, 2027)).build();

        assertThat(ActionPlan.builder(ID, "Plan", REGION, avesta).actions(first).actions(second).adoptedYear(2024)
                .build()).isEqualTo(new ActionPlan(ID, "Plan", List.of(REGION, avesta), 2024, List.of(first, second)));
        assertThat(ActionPlan.builder(ID, "Plan", REGION).build())
                .isEqualTo(new ActionPlan(ID, "Plan", List.of(REGION), null, List.of()));
    }

    @Test
    void builderChecksTheOwnersAsTheConstructorDoes() {
        assertThatThrownBy(() -> ActionPlan.builder(ID, "Plan").build()).isInstanceOf(ClimateCityException.class)
                .hasMessage("action plan owners must name at least one owner, was empty");
        assertThatThrownBy(() -> ActionPlan.builder(ID, "Plan", REGION).adoptedYear(1066).build())
                .isInstanceOf(ClimateCityException.class).hasMessageContaining("adopted year");
    }
}
