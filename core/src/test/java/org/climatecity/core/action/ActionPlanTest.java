package org.climatecity.core.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
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
}
