package org.climatecity.core.calc;

import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * The projected effect of a pilot scaled along a plan: one {@link StageProjection} per stage, in the plan's order.
 *
 * <p>Each place is counted once, in the earliest stage that covers it (see {@link PilotScaling}), so the stages'
 * figures add up to the plan's total ({@link #total(int)}). Immutable and thread-safe.
 *
 * @param plan the scaling plan's id, not null
 * @param pilot the pilot's id, not null
 * @param firstYear the first year projected
 * @param lastYear the last year projected, not before {@code firstYear}
 * @param stages the stages in plan order, at least one, each covering the years
 * @since 0.1.0
 */
public record ScalingProjection(LocalId plan, LocalId pilot, int firstYear, int lastYear,
        List<StageProjection> stages) {

    /**
     * Creates a projection.
     *
     * @param plan the plan id, not null
     * @param pilot the pilot id, not null
     * @param firstYear the first year
     * @param lastYear the last year
     * @param stages the stages, at least one
     * @throws ClimateCityException if a component is missing, the years are out of order, or a stage covers other
     *         years
     */
    public ScalingProjection {
        Require.nonNull(plan, "plan");
        Require.nonNull(pilot, "pilot");
        Require.year(firstYear, "first year");
        Require.year(lastYear, "last year");
        if (lastYear < firstYear) {
            throw new ClimateCityException("last year must not be before first year " + firstYear + ", was "
                    + lastYear);
        }
        stages = Require.list(stages, "stages");
        if (stages.isEmpty()) {
            throw new ClimateCityException("scaling projection must hold at least one stage, was empty");
        }
        for (StageProjection stage : stages) {
            if (stage.firstYear() != firstYear || stage.years().size() != lastYear - firstYear + 1) {
                throw new ClimateCityException("stage '" + stage.stage() + "' must cover " + firstYear + "-"
                        + lastYear + ", covers " + stage.firstYear() + "-"
                        + (stage.firstYear() + stage.years().size() - 1));
            }
        }
    }

    /**
     * Returns the projection of a stage.
     *
     * @param stage the stage's id, not null
     * @return the stage's projection
     * @throws ClimateCityException if the plan has no such stage
     */
    public StageProjection stage(LocalId stage) {
        Require.nonNull(stage, "stage");
        for (StageProjection projection : stages) {
            if (projection.stage().equals(stage)) {
                return projection;
            }
        }
        throw new ClimateCityException("scaling projection has no stage '" + stage + "'");
    }

    /**
     * Returns the plan's total effect in a year: the sum over its stages.
     *
     * @param year the year, from {@code firstYear} to {@code lastYear}
     * @return the low, central and high total
     * @throws ClimateCityException if the year was not projected
     */
    public ScalingYear total(int year) {
        double low = 0;
        double central = 0;
        double high = 0;
        for (StageProjection stage : stages) {
            ScalingYear figures = stage.year(year);
            low += figures.low();
            central += figures.central();
            high += figures.high();
        }
        return new ScalingYear(year, low, central, high);
    }
}
