package org.climatecity.core.action;

import java.util.List;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * An action plan: a named set of actions owned by one or more actors, possibly written in a collaboration forum.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the plan's id, not null
 * @param name the name, not blank
 * @param owners the owning actors, at least one, no repeats
 * @param adoptedYear the year the plan was adopted, or null when not yet adopted
 * @param actions the actions, not null
 * @since 0.1.0
 */
public record ActionPlan(LocalId id, String name, List<ActorId> owners, @Nullable Integer adoptedYear,
        List<Action> actions) {

    /**
     * Creates an action plan.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param owners the owners, at least one
     * @param adoptedYear the year adopted, or null
     * @param actions the actions, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing, empty or out of range
     */
    public ActionPlan {
        Require.nonNull(id, "action plan id");
        name = Require.text(name, "action plan name");
        owners = Require.distinctList(owners, "action plan owners");
        Require.that(!owners.isEmpty(), "action plan owners must name at least one owner, was empty");
        if (adoptedYear != null) {
            Require.year(adoptedYear, "adopted year");
        }
        actions = Require.list(actions, "actions");
    }

    /**
     * Obtains an action plan without adoption year.
     *
     * @param id the plan's id, not null
     * @param name the name, not blank
     * @param owners the owners, at least one, not null
     * @param actions the actions, not null
     * @return the plan
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public static ActionPlan of(LocalId id, String name, List<ActorId> owners, List<Action> actions) {
        return new ActionPlan(id, name, owners, null, actions);
    }
}
