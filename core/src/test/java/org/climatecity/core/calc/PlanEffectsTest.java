package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.EffectBasis;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.emissions.SwedishMainSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.scenario.ProjectedEmissions;
import org.climatecity.core.scenario.Scenario;
import org.climatecity.core.scenario.ScenarioKind;
import org.climatecity.core.time.YearRange;
import org.junit.jupiter.api.Test;

class PlanEffectsTest {

    private static final EmissionsSector TRANSPORT = SwedishMainSector.DOMESTIC_TRANSPORT;
    private static final EmissionsSector HEATING = SwedishMainSector.ELECTRICITY_AND_DISTRICT_HEATING;

    private static Scenario baseline(ProjectedEmissions... projections) {
        Scenario.Builder builder = Scenario.builder(LocalId.of("bau"), "BAU", ActorId.of("borlange"),
                ScenarioKind.BUSINESS_AS_USUAL, 2023, Boundary.TERRITORIAL);
        for (ProjectedEmissions projection : projections) {
            builder.projection(projection);
        }
        return builder.build();
    }

    private static Action action(String id, ActionEffect effect) {
        return Action.builder(LocalId.of(id), id, FieldOfAction.MOBILITY_AND_TRANSPORT, ActorId.of("borlange"),
                YearRange.of(2025, 2030)).effect(effect).build();
    }

    @Test
    void twoSharesOfTheSameSectorAreNotAddedTwice() {
        Scenario bau = baseline(ProjectedEmissions.exactly(2030, TRANSPORT, 100));
        List<Action> actions = List.of(
                action("a", ActionEffect.shareOfRemaining(TRANSPORT, YearEstimate.exactly(2026, 0.5))),
                action("b", ActionEffect.shareOfRemaining(TRANSPORT, YearEstimate.exactly(2028, 0.5))));

        // half of 100, then half of the 50 left: 75, where adding the two shares would claim all 100
        assertThat(PlanEffects.reduction(bau, actions, 2030)).hasValue(YearEstimate.exactly(2030, 75));
        // before the second takes effect, only the first counts
        assertThat(PlanEffects.reduction(baseline(ProjectedEmissions.exactly(2027, TRANSPORT, 100)), actions, 2027))
                .hasValue(YearEstimate.exactly(2027, 50));
    }

    @Test
    void tonnesOfActionsOnOneSectorAddUpButNeverCutMoreThanItEmits() {
        Scenario bau = baseline(ProjectedEmissions.exactly(2030, TRANSPORT, 100));
        Action trucks = action("trucks", ActionEffect.tonnes(TRANSPORT, YearEstimate.exactly(2030, 60)));
        Action charging = action("charging", ActionEffect.tonnes(TRANSPORT, YearEstimate.exactly(2030, 60))
                .withAdditionalTo(LocalId.of("trucks")));

        assertThat(PlanEffects.reduction(bau, List.of(trucks), 2030)).hasValue(YearEstimate.exactly(2030, 60));
        assertThat(PlanEffects.reduction(bau, List.of(trucks, charging), 2030))
                .hasValue(YearEstimate.exactly(2030, 100));
    }

    @Test
    void splitsTonnesBetweenSectorsByTheirEmissionsBeforeSharesTakeWhatRemains() {
        Scenario bau = baseline(ProjectedEmissions.exactly(2030, TRANSPORT, 100),
                ProjectedEmissions.exactly(2030, HEATING, 200));
        Action both = action("both", new ActionEffect(EffectBasis.TONNES, List.of(YearEstimate.exactly(2030, 30)),
                List.of(TRANSPORT, HEATING), List.of(), null));
        Action half = action("half", ActionEffect.shareOfRemaining(HEATING, YearEstimate.exactly(2030, 0.5)));

        // transport: 10 of the 30; heating: 20 of them, then half of the 180 left
        double expected = 10 + (20 + (200 - 20) * 0.5);
        assertThat(PlanEffects.reduction(bau, List.of(both, half), 2030).orElseThrow().central())
                .isCloseTo(expected, within(1e-9));
        // the order of the actions does not matter
        assertThat(PlanEffects.reduction(bau, List.of(half, both), 2030).orElseThrow().central())
                .isCloseTo(expected, within(1e-9));
    }

    @Test
    void usesTheEffectsBandsAndLeavesOutWhatHasNoStatedEffectOrSector() {
        Scenario bau = baseline(ProjectedEmissions.exactly(2030, TRANSPORT, 1_000));
        Action banded = action("banded", ActionEffect.tonnes(TRANSPORT, new YearEstimate(2029, 100, 200, 400)));
        Action elsewhere = action("elsewhere", ActionEffect.tonnes(HEATING, YearEstimate.exactly(2029, 500)));
        Action unstated = Action.builder(LocalId.of("unstated"), "unstated", FieldOfAction.MOBILITY_AND_TRANSPORT,
                ActorId.of("borlange"), YearRange.of(2025, 2030)).reduction(900, 1).build();

        assertThat(PlanEffects.reduction(bau, List.of(banded, elsewhere, unstated), 2030))
                .hasValue(new YearEstimate(2030, 100, 200, 400));
        assertThat(PlanEffects.reduction(bau, List.of(banded), 2031)).isEmpty();
    }

    @Test
    void aScenarioOfTotalsIsOnePoolForEveryEffect() {
        Scenario bau = baseline(ProjectedEmissions.exactly(2030, null, 100));
        List<Action> actions = List.of(action("t", ActionEffect.tonnes(TRANSPORT, YearEstimate.exactly(2030, 20))),
                action("s", ActionEffect.shareOfRemaining(HEATING, YearEstimate.exactly(2030, 0.25))));

        assertThat(PlanEffects.reduction(bau, actions, 2030)).hasValue(YearEstimate.exactly(2030, 40));
    }
}
