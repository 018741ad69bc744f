package org.climatecity.core.calc;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.FieldOfAction;
import org.climatecity.core.common.Money;
import org.climatecity.core.internal.Require;

/**
 * Calculates the figures of an action plan: the expected reduction per year and per field of action, the trend with
 * the actions' effect, and each action's cost per tonne.
 *
 * <p>Expected reductions count only actions whose status
 * {@link org.climatecity.core.action.ActionStatus#delivers() delivers}, each with {@link Action#reductionIn(int)}
 * (its ramp-up from the first year of its period). All methods are pure and deterministic; the class is thread-safe.
 *
 * @since 0.1.0
 */
public final class ActionEffects {

    private ActionEffects() {
    }

    /**
     * Returns the expected reduction of the delivering actions in a year.
     *
     * @param actions the actions, not null
     * @param year the year
     * @return the reduction in tonnes CO2e, not negative
     */
    public static double reductionIn(List<Action> actions, int year) {
        Require.nonNull(actions, "actions");
        double sum = 0;
        for (Action action : actions) {
            if (action.status().delivers()) {
                sum += action.reductionIn(year);
            }
        }
        return sum;
    }

    /**
     * Returns the expected reduction of the delivering actions in a year per field of action.
     *
     * @param actions the actions, not null
     * @param year the year
     * @return an unmodifiable map with every field of action, in declaration order, 0 where no action contributes
     */
    public static Map<FieldOfAction, Double> reductionByField(List<Action> actions, int year) {
        Require.nonNull(actions, "actions");
        EnumMap<FieldOfAction, Double> byField = new EnumMap<>(FieldOfAction.class);
        for (FieldOfAction field : FieldOfAction.values()) {
            byField.put(field, 0.0);
        }
        for (Action action : actions) {
            if (action.status().delivers()) {
                byField.merge(action.field(), action.reductionIn(year), Double::sum);
            }
        }
        return Collections.unmodifiableMap(byField);
    }

    /**
     * Returns a trend less the expected effect of the delivering actions, floored at zero.
     *
     * @param trend the trend, not null
     * @param actions the actions, not null
     * @return the projection of kind {@link ProjectionKind#TREND_WITH_ACTIONS} over the trend's years
     */
    public static EmissionsProjection trendWithActions(EmissionsProjection trend, List<Action> actions) {
        Require.nonNull(trend, "trend");
        Require.nonNull(actions, "actions");
        double[] values = trend.toArray();
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(0, values[i] - reductionIn(actions, trend.firstYear() + i));
        }
        return EmissionsProjection.of(ProjectionKind.TREND_WITH_ACTIONS, trend.firstYear(), values);
    }

    /**
     * Returns an action's cost per tonne over its life, whatever its status.
     *
     * <p>The life convention: the action's effect counts from the first year of its period to a horizon year, both
     * included, as the effect outlasts the period (a heat pump keeps saving). The figure is the cost divided by the
     * sum of {@link Action#reductionIn(int)} over those years; with a 2050 horizon an action from 2025 counts 26
     * years of (ramped-up) reductions.
     *
     * @param action the action, not null
     * @param horizonYear the last year of effect counted, not before the action's first year
     * @return the figure, or empty when the action has no cost or no reduction in those years
     * @throws ClimateCityException if the horizon is before the action's first year
     */
    public static Optional<CostPerTonne> costPerTonne(Action action, int horizonYear) {
        Require.nonNull(action, "action");
        int first = action.period().first();
        if (horizonYear < first) {
            throw new ClimateCityException("horizon year must not be before the first year " + first
                    + " of action '" + action.id() + "', was " + horizonYear);
        }
        Money cost = action.cost();
        if (cost == null) {
            return Optional.empty();
        }
        double tonnes = 0;
        for (int year = first; year <= horizonYear; year++) {
            tonnes += action.reductionIn(year);
        }
        if (tonnes <= 0) {
            return Optional.empty();
        }
        return Optional.of(new CostPerTonne(action.id(), first, horizonYear, tonnes, cost.amount().doubleValue(),
                cost.currency()));
    }
}
