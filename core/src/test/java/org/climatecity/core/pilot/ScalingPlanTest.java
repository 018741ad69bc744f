package org.climatecity.core.pilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.climatecity.core.common.Share;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.LocalId;
import org.junit.jupiter.api.Test;

class ScalingPlanTest {

    private static final ScalingStage STAGE = new ScalingStage(LocalId.of("dalarna"), "Dalarna",
            List.of(Geography.county(CountyCode.of("20"))), 2027, new AdoptionCurve.Step(0), Share.of(0.2), List.of(),
                    null);

    @Test
    void keepsItsStagesInOrder() {
        assertThat(new ScalingPlan(LocalId.of("plan"), LocalId.of("pilot"), List.of(STAGE)).stages())
                .containsExactly(STAGE);
    }

    @Test
    void rejectsPlansWithoutStagesOrWithRepeatedStageIds() {
        assertThatThrownBy(() -> new ScalingPlan(LocalId.of("plan"), LocalId.of("pilot"), List.of()))
                .isInstanceOf(ClimateCityException.class).hasMessage("stages must list at least one stage, was empty");
        assertThatThrownBy(() -> new ScalingPlan(LocalId.of("plan"), LocalId.of("pilot"), List.of(STAGE, STAGE)))
                .isInstanceOf(ClimateCityException.class)
                .hasMessage("stage ids must not repeat a value, repeated 'dalarna'");
        assertThatThrownBy(() -> new ScalingPlan(LocalId.of("plan"), null, List.of(STAGE)))
                .isInstanceOf(ClimateCityException.class).hasMessage("pilot must not be null");
    }
}
