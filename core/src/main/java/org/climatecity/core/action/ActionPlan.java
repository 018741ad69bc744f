package org.climatecity.core.action;

import java.util.ArrayList;
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
     * Returns a builder of an action plan. By default the plan is not adopted and has no actions.
     *
     * @param id the plan's id, not null
     * @param name the name, not blank
     * @param owners the owners, at least one, no repeats
     * @return a new builder
     * @since 0.1.0
     */
    public static Builder builder(LocalId id, String name, ActorId... owners) {
        return new Builder(id, name, List.of(owners));
    }

    /**
     * Builds an {@link ActionPlan}. Not thread-safe; the plan it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final LocalId id;
        private final String name;
        private final List<ActorId> owners;
        private @Nullable Integer adoptedYear;
        private final List<Action> actions = new ArrayList<>();

        private Builder(LocalId id, String name, List<ActorId> owners) {
            this.id = id;
            this.name = name;
            this.owners = owners;
        }

        /**
         * Sets the year the plan was adopted; by default it is not adopted.
         *
         * @param year the year, 1900 to 2200
         * @return this builder
         */
        public Builder adoptedYear(int year) {
            this.adoptedYear = year;
            return this;
        }

        /**
         * Adds actions, in order.
         *
         * @param action the actions, not null
         * @return this builder
         */
        public Builder actions(Action... action) {
            actions.addAll(List.of(action));
            return this;
        }

        /**
         * Builds the plan.
         *
         * @return the plan
         * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid, such as no owner
         *     or a repeated one
         */
        public ActionPlan build() {
            return new ActionPlan(id, name, owners, adoptedYear, actions);
        }
    }
}
