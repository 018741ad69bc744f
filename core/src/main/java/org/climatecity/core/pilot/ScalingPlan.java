package org.climatecity.core.pilot;

import java.util.List;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * A plan to scale a pilot in ordered stages, such as Borlänge and Avesta → Dalarna → Sweden → Europe.
 *
 * <p>Immutable and thread-safe. That the pilot exists and that stages nest and start in order is checked when the
 * whole {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param id the plan's id, not null
 * @param pilot the id of the pilot scaled, not null
 * @param stages the stages in order, at least one, no repeated ids
 * @since 0.1.0
 */
public record ScalingPlan(LocalId id, LocalId pilot, List<ScalingStage> stages) {

    /**
     * Creates a plan.
     *
     * @param id the id, not null
     * @param pilot the pilot's id, not null
     * @param stages the stages, at least one
     * @throws org.climatecity.core.ClimateCityException if a component is missing or empty
     */
    public ScalingPlan {
        Require.nonNull(id, "scaling plan id");
        Require.nonNull(pilot, "pilot");
        stages = Require.list(stages, "stages");
        Require.that(!stages.isEmpty(), "stages must list at least one stage, was empty");
        Require.distinct(stages.stream().map(ScalingStage::id).toList(), "stage ids");
    }

    /**
     * Obtains a plan of stages.
     *
     * @param id the plan's id, not null
     * @param pilot the id of the pilot scaled, not null
     * @param stages the stages in order, at least one
     * @return the plan
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public static ScalingPlan of(LocalId id, LocalId pilot, ScalingStage... stages) {
        return new ScalingPlan(id, pilot, List.of(stages));
    }
}
