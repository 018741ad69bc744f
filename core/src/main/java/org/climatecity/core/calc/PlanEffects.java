package org.climatecity.core.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.climatecity.core.action.Action;
import org.climatecity.core.action.ActionEffect;
import org.climatecity.core.action.EffectBasis;
import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.scenario.ProjectedEmissions;
import org.climatecity.core.scenario.Scenario;

/**
 * Calculates what actions cut from a scenario's emissions in a year, with overlaps taken out, so that two actions on
 * the same tonnes are never counted twice.
 *
 * <p>Per sector of the baseline scenario, starting from its central line: first the effects stated in tonnes are
 * taken off (each states what it adds to the actions it is additional to, so they add up), never below zero; an
 * effect in tonnes on several sectors is split between them in proportion to their emissions. Then each effect
 * stated as a share of the remaining emissions takes its share of what is left: two actions that each cut half leave
 * a quarter. The low, central and high reductions use the effects' low, central and high values. Actions without a
 * stated effect, and effects on sectors the scenario does not project, cut nothing here; a scenario that projects
 * only totals is one pool on which every effect acts. Sectors whose emissions are zero or below (sinks) are not cut.
 *
 * <p>Pure and stateless; thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanEffects {

    private PlanEffects() {
    }

    /**
     * Returns what actions cut from a baseline scenario's emissions in a year, overlaps taken out.
     *
     * @param baseline the scenario the actions are set against, such as business as usual, not null
     * @param actions the actions, not null; those without a stated effect cut nothing
     * @param year the year
     * @return the low, central and high reduction in tonnes CO2e, not negative; empty when the baseline projects
     *     nothing for the year
     */
    public static java.util.Optional<YearEstimate> reduction(Scenario baseline, List<Action> actions, int year) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(actions, "actions");
        List<ProjectedEmissions> pools = new ArrayList<>();
        for (ProjectedEmissions projection : baseline.projections()) {
            if (projection.year() == year) {
                pools.add(projection);
            }
        }
        if (pools.isEmpty()) {
            return java.util.Optional.empty();
        }
        double[] cut = new double[3];
        for (int bound = 0; bound < 3; bound++) {
            for (ProjectedEmissions pool : pools) {
                cut[bound] += cut(pool, pools, actions, year, bound);
            }
        }
        return java.util.Optional.of(new YearEstimate(year, cut[0], cut[1], cut[2]));
    }

    /** Returns what the actions cut from one pool (a sector, or all sectors) at one bound: 0 low, 1 central, 2 high. */
    private static double cut(ProjectedEmissions pool, List<ProjectedEmissions> pools, List<Action> actions,
            int year, int bound) {
        double emissions = pool.central();
        if (emissions <= 0) {
            return 0;
        }
        double tonnes = 0;
        double remainingShare = 1;
        for (Action action : actions) {
            ActionEffect effect = action.effect();
            if (effect == null || !actsOn(effect, pool)) {
                continue;
            }
            double value = value(effect.in(year), bound);
            if (effect.basis() == EffectBasis.TONNES) {
                tonnes += value * split(effect, pool, pools);
            } else {
                remainingShare *= 1 - value;
            }
        }
        double remaining = Math.max(0, emissions - tonnes) * remainingShare;
        return emissions - remaining;
    }

    private static boolean actsOn(ActionEffect effect, ProjectedEmissions pool) {
        return pool.sector() == null || effect.sectors().contains(pool.sector());
    }

    /** Returns the part of an effect in tonnes that falls on a pool: its share of the emissions the effect acts on. */
    private static double split(ActionEffect effect, ProjectedEmissions pool, List<ProjectedEmissions> pools) {
        if (pool.sector() == null) {
            return 1;
        }
        double all = 0;
        int count = 0;
        for (ProjectedEmissions other : pools) {
            EmissionsSector sector = other.sector();
            if (sector != null && effect.sectors().contains(sector) && other.central() > 0) {
                all += other.central();
                count++;
            }
        }
        return all > 0 ? pool.central() / all : 1.0 / Math.max(1, count);
    }

    private static double value(YearEstimate estimate, int bound) {
        return bound == 0 ? estimate.low() : bound == 1 ? estimate.central() : estimate.high();
    }
}
