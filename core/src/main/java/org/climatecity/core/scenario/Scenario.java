package org.climatecity.core.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.YearEstimate;
import org.climatecity.core.emissions.Boundary;
import org.climatecity.core.emissions.EmissionsSector;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * An emissions scenario of an owner: what its emissions are projected to be under business as usual, with existing
 * measures or with additional measures, per year (and per sector where known) as a low, central and high line, from
 * a base year whose inventory it starts from. A document may hold several scenarios of one owner, to compare them.
 *
 * <p>The base inventory is the owner's inventory of the base year within the scenario's boundary; the document rule
 * {@code scenario-base-inventories} checks that the document holds it, and {@code known-local-ids} that the
 * included actions are actions of the document. Immutable and thread-safe.
 *
 * @param id the scenario's id, not null
 * @param name the name, not blank
 * @param owner the actor whose emissions are projected, not null
 * @param kind what the scenario assumes about measures, not null
 * @param baseYear the year of the inventory the scenario starts from, 1900 to 2200
 * @param boundary which emissions are counted, as in the base inventory, not null
 * @param actions the actions whose effects the scenario includes, not null, no repeats
 * @param assumptions the assumptions it rests on, each with its provenance, not null
 * @param projections the projected emissions, not null; years after the base year; one per year and sector, and
 *     either every projection names a sector or none does
 * @param provenance who made the scenario, or that it is illustrative; null when not stated
 * @since 0.1.0
 */
public record Scenario(LocalId id, String name, ActorId owner, ScenarioKind kind, int baseYear, Boundary boundary,
        List<LocalId> actions, List<Assumption> assumptions, List<ProjectedEmissions> projections,
        @Nullable Provenance provenance) {

    /**
     * Creates a scenario.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param owner the owner, not null
     * @param kind the kind, not null
     * @param baseYear the base year, 1900 to 2200
     * @param boundary the boundary, not null
     * @param actions the included actions, not null, no repeats
     * @param assumptions the assumptions, not null
     * @param projections the projections, not null
     * @param provenance the provenance, or null
     * @throws ClimateCityException if a component is missing, repeated or out of range, a projection is not after
     *     the base year or repeats a year and sector, or some projections name a sector and others do not
     */
    public Scenario {
        Require.nonNull(id, "scenario id");
        name = Require.text(name, "scenario name");
        Require.nonNull(owner, "scenario owner");
        Require.nonNull(kind, "scenario kind");
        Require.year(baseYear, "scenario base year");
        Require.nonNull(boundary, "scenario boundary");
        actions = Require.distinctList(actions, "scenario actions");
        assumptions = Require.list(assumptions, "assumptions");
        projections = Require.list(projections, "projections");
        Set<List<Object>> seen = new HashSet<>();
        Boolean bySector = null;
        for (ProjectedEmissions projection : projections) {
            if (projection.year() <= baseYear) {
                throw new ClimateCityException("projections of scenario '" + id + "' must be after its base year "
                        + baseYear + ", was " + projection.year());
            }
            boolean hasSector = projection.sector() != null;
            if (bySector != null && bySector != hasSector) {
                throw new ClimateCityException("projections of scenario '" + id + "' must all name a sector or none,"
                        + " was mixed in " + projection.year());
            }
            bySector = hasSector;
            // the sector is null for all sectors: a list that allows null
            if (!seen.add(java.util.Arrays.asList(projection.year(), projection.sector()))) {
                throw new ClimateCityException("scenario '" + id + "' must have one projection per year and sector,"
                        + " repeated " + projection.year()
                        + (hasSector ? " " + projection.sector().id() : ""));
            }
        }
    }

    /**
     * Returns the years for which the scenario projects emissions.
     *
     * @return the years, ascending
     */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        projections.forEach(p -> years.add(p.year()));
        return java.util.Collections.unmodifiableSortedSet(years);
    }

    /**
     * Returns the sectors the scenario projects, in the order of their first projection.
     *
     * @return the sectors; empty when the scenario projects only totals
     */
    public List<EmissionsSector> sectors() {
        List<EmissionsSector> sectors = new ArrayList<>();
        for (ProjectedEmissions projection : projections) {
            EmissionsSector sector = projection.sector();
            if (sector != null && !sectors.contains(sector)) {
                sectors.add(sector);
            }
        }
        return List.copyOf(sectors);
    }

    /**
     * Returns the projected emissions of one sector in a year.
     *
     * @param year the year
     * @param sector the sector, not null
     * @return the projection, or empty when the scenario has none for that year and sector
     */
    public Optional<ProjectedEmissions> projection(int year, EmissionsSector sector) {
        Objects.requireNonNull(sector, "sector");
        return projections.stream().filter(p -> p.year() == year && sector.equals(p.sector())).findFirst();
    }

    /**
     * Returns the projected emissions of all sectors in a year: the projection of the total, or the sum of the
     * sectors' lines. The low and high lines of a sum are the sums of the sectors' low and high lines, a band that
     * assumes the sectors' uncertainties move together.
     *
     * @param year the year
     * @return the total, or empty when the scenario projects nothing for that year
     */
    public Optional<YearEstimate> total(int year) {
        double low = 0;
        double central = 0;
        double high = 0;
        boolean found = false;
        for (ProjectedEmissions projection : projections) {
            if (projection.year() == year) {
                low += projection.low();
                central += projection.central();
                high += projection.high();
                found = true;
            }
        }
        return found ? Optional.of(new YearEstimate(year, low, central, high)) : Optional.empty();
    }

    /**
     * Returns a builder of a scenario; by default it includes no actions and has no assumptions, projections or
     * provenance.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param owner the owner, not null
     * @param kind the kind, not null
     * @param baseYear the base year
     * @param boundary the boundary, not null
     * @return a new builder
     */
    public static Builder builder(LocalId id, String name, ActorId owner, ScenarioKind kind, int baseYear,
            Boundary boundary) {
        return new Builder(id, name, owner, kind, baseYear, boundary);
    }

    /**
     * Builds a {@link Scenario}. Not thread-safe; the scenario it builds is.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private final LocalId id;
        private final String name;
        private final ActorId owner;
        private final ScenarioKind kind;
        private final int baseYear;
        private final Boundary boundary;
        private final List<LocalId> actions = new ArrayList<>();
        private final List<Assumption> assumptions = new ArrayList<>();
        private final List<ProjectedEmissions> projections = new ArrayList<>();
        private @Nullable Provenance provenance;

        private Builder(LocalId id, String name, ActorId owner, ScenarioKind kind, int baseYear, Boundary boundary) {
            this.id = id;
            this.name = name;
            this.owner = owner;
            this.kind = kind;
            this.baseYear = baseYear;
            this.boundary = boundary;
        }

        /**
         * Adds actions whose effects the scenario includes.
         *
         * @param action the actions' ids, not null
         * @return this builder
         */
        public Builder actions(LocalId... action) {
            actions.addAll(List.of(action));
            return this;
        }

        /**
         * Adds an assumption.
         *
         * @param assumption the assumption, not null
         * @return this builder
         */
        public Builder assumption(Assumption assumption) {
            assumptions.add(assumption);
            return this;
        }

        /**
         * Adds a projection.
         *
         * @param projection the projection, not null
         * @return this builder
         */
        public Builder projection(ProjectedEmissions projection) {
            projections.add(projection);
            return this;
        }

        /**
         * Sets who made the scenario, or that it is illustrative.
         *
         * @param value the provenance, not null
         * @return this builder
         */
        public Builder provenance(Provenance value) {
            this.provenance = value;
            return this;
        }

        /**
         * Builds the scenario.
         *
         * @return the scenario
         * @throws ClimateCityException if a component is missing, repeated or out of range
         */
        public Scenario build() {
            return new Scenario(id, name, owner, kind, baseYear, boundary, actions, assumptions, projections,
                    provenance);
        }
    }
}
