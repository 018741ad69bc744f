package org.climatecity.core.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.climatecity.core.calc.ActionFixtures.action;

import java.util.List;
import java.util.Map;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionStatus;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.common.Money;
import org.junit.jupiter.api.Test;

class ActionEffectsTest {

    private final Action buses = action("buses", FieldOfAction.MOBILITY_AND_TRANSPORT, ActionStatus.APPROVED, 2025,
            300, 3, Money.of(900_000, "SEK"));
    private final Action cycling = action("cycling", FieldOfAction.MOBILITY_AND_TRANSPORT, ActionStatus.PLANNED, 2026,
            100, 1, null);
    private final Action heating = action("heating", FieldOfAction.ENERGY_SYSTEMS, ActionStatus.IN_PROGRESS, 2024,
            50, 1, null);
    private final Action idea = action("idea", FieldOfAction.INDUSTRY, ActionStatus.PROPOSED, 2024, 1000, 1, null);
    private final Action stopped = action("stopped", FieldOfAction.INDUSTRY, ActionStatus.CANCELLED, 2024, 1000, 1,
            null);
    private final List<Action> actions = List.of(buses, cycling, heating, idea, stopped);

    @Test
    void countsOnlyDeliveringActionsWithTheirRampUp() {
        assertThat(ActionEffects.reductionIn(actions, 2023)).isEqualTo(0.0);
        assertThat(ActionEffects.reductionIn(actions, 2025)).isCloseTo(100 + 50, within(1e-9));
        assertThat(ActionEffects.reductionIn(actions, 2026)).isCloseTo(200 + 100 + 50, within(1e-9));
        assertThat(ActionEffects.reductionIn(actions, 2030)).isCloseTo(300 + 100 + 50, within(1e-9));
    }

    @Test
    void splitsTheReductionByFieldOfAction() {
        Map<FieldOfAction, Double> byField = ActionEffects.reductionByField(actions, 2026);
        assertThat(byField).hasSize(FieldOfAction.values().length);
        assertThat(byField.get(FieldOfAction.MOBILITY_AND_TRANSPORT)).isCloseTo(300, within(1e-9));
        assertThat(byField.get(FieldOfAction.ENERGY_SYSTEMS)).isEqualTo(50.0);
        assertThat(byField.get(FieldOfAction.INDUSTRY)).isEqualTo(0.0);
    }

    @Test
    void trendWithActionsSubtractsTheEffectAndIsFlooredAtZero() {
        EmissionsProjection trend = EmissionsProjection.of(ProjectionKind.ANCHORED_TREND, 2025, 1000, 300);
        EmissionsProjection with = ActionEffects.trendWithActions(trend, actions);
        assertThat(with.kind()).isEqualTo(ProjectionKind.TREND_WITH_ACTIONS);
        assertThat(with.toArray()).containsExactly(new double[] {850, 0}, within(1e-9));
    }

    @Test
    void costPerTonneDividesTheCostByTheReductionsToTheHorizon() {
        // 2025..2030: 100 + 200 + 300 * 4 = 1500 tonnes
        CostPerTonne figure = ActionEffects.costPerTonne(buses, 2030).orElseThrow();
        assertThat(figure.tonnesReduced()).isCloseTo(1500, within(1e-9));
        assertThat(figure.firstYear()).isEqualTo(2025);
        assertThat(figure.horizonYear()).isEqualTo(2030);
        assertThat(figure.currency().getCurrencyCode()).isEqualTo("SEK");
        assertThat(figure.perTonne()).isCloseTo(600, within(1e-9));
    }

    @Test
    void costPerTonneIsEmptyWithoutCost() {
        assertThat(ActionEffects.costPerTonne(cycling, 2050)).isEmpty();
    }

    @Test
    void costPerTonneIsEmptyWithoutReduction() {
        Action free = action("free", FieldOfAction.LAND_USE, ActionStatus.PLANNED, 2025, 0, 1, Money.of(5, "SEK"));
        assertThat(ActionEffects.costPerTonne(free, 2050)).isEmpty();
    }

    @Test
    void costPerTonneRejectsAHorizonBeforeTheAction() {
        assertThatThrownBy(() -> ActionEffects.costPerTonne(buses, 2024)).isInstanceOf(ClimateCityException.class)
                .hasMessage("horizon year must not be before the first year 2025 of action 'buses', was 2024");
    }
}
