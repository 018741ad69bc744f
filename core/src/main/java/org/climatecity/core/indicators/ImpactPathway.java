package org.climatecity.core.indicators;

import java.util.ArrayList;
import java.util.List;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * How an action is expected to work, after NetZeroCities' impact pathways: the action delivers outputs, which
 * bring outcomes, which lead to impacts; each step names the indicator that shows whether it happens.
 *
 * <p>Immutable and thread-safe. That the action and the indicators exist is checked when the whole
 * {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param id the pathway's id, not null
 * @param action the action of the initiative the pathway starts from, not null
 * @param outputs what the action delivers, not null
 * @param outcomes the changes the outputs bring, not null
 * @param impacts the lasting changes sought, not null; the pathway has at least one step
 * @param provenance where the pathway comes from, or that it is illustrative; null when not stated
 * @since 0.1.0
 */
public record ImpactPathway(LocalId id, LocalId action, List<PathwayStep> outputs, List<PathwayStep> outcomes,
        List<PathwayStep> impacts, @Nullable Provenance provenance) {

    /**
     * Creates a pathway.
     *
     * @param id the id, not null
     * @param action the action, not null
     * @param outputs the outputs, not null
     * @param outcomes the outcomes, not null
     * @param impacts the impacts, not null
     * @param provenance the provenance, or null
     * @throws ClimateCityException if a component is missing or the pathway has no step
     */
    public ImpactPathway {
        Require.nonNull(id, "pathway id");
        Require.nonNull(action, "pathway action");
        outputs = Require.list(outputs, "pathway outputs");
        outcomes = Require.list(outcomes, "pathway outcomes");
        impacts = Require.list(impacts, "pathway impacts");
        if (outputs.isEmpty() && outcomes.isEmpty() && impacts.isEmpty()) {
            throw new ClimateCityException("impact pathway '" + id + "' must have at least one output, outcome or"
                    + " impact, had none");
        }
    }

    /**
     * Returns the steps of one level.
     *
     * @param level the level, not null
     * @return the outputs, outcomes or impacts; empty for inputs, which a pathway does not list
     */
    public List<PathwayStep> steps(IndicatorLevel level) {
        return switch (level) {
            case INPUT -> List.of();
            case OUTPUT -> outputs;
            case OUTCOME -> outcomes;
            case IMPACT -> impacts;
        };
    }

    /**
     * Returns the indicators of all steps, from outputs to impacts.
     *
     * @return the indicators' ids, in order, each once
     */
    public List<LocalId> indicators() {
        List<LocalId> ids = new ArrayList<>();
        for (List<PathwayStep> steps : List.of(outputs, outcomes, impacts)) {
            for (PathwayStep step : steps) {
                if (!ids.contains(step.indicator())) {
                    ids.add(step.indicator());
                }
            }
        }
        return List.copyOf(ids);
    }
}
