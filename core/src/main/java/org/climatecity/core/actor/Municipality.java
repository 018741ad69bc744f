package org.climatecity.core.actor;

import java.util.Optional;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A Swedish municipality ({@code kommun}), such as Borlänge (code 2081, county 20).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param code the municipality code, not null
 * @param population the population with its date, or null when not given
 * @since 0.1.0
 */
public record Municipality(ActorId id, String name, MunicipalityCode code, @Nullable Population population)
        implements Actor {

    /**
     * Creates a municipality.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param code the municipality code, not null
     * @param population the population, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public Municipality {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(code, "municipality code");
    }

    /**
     * Obtains a municipality without population figure.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param code the municipality code, not null
     * @return the municipality
     */
    public static Municipality of(ActorId id, String name, MunicipalityCode code) {
        return new Municipality(id, name, code, null);
    }

    /**
     * Returns the code of the county the municipality lies in.
     *
     * @return the county code, not null
     */
    public CountyCode county() {
        return code.county();
    }

    /**
     * Returns the population, if given.
     *
     * @return the population, or empty
     */
    public Optional<Population> populationFigure() {
        return Optional.ofNullable(population);
    }

    /**
     * Returns a copy with the given population.
     *
     * @param newPopulation the population, or null
     * @return the copy
     */
    public Municipality withPopulation(@Nullable Population newPopulation) {
        return new Municipality(id, name, code, newPopulation);
    }

    @Override
    public GovernanceLevel level() {
        return GovernanceLevel.LOCAL;
    }

    @Override
    public ActorSector sector() {
        return ActorSector.PUBLIC;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.MUNICIPALITY;
    }
}
