package org.climatecity.core.actor;

import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;

import org.climatecity.core.internal.Require;

/**
 * The office that runs a programme, such as the Viable Cities programme office.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param level the level the programme works at, not null
 * @since 0.1.0
 */
public record ProgrammeOffice(ActorId id, String name, GovernanceLevel level) implements Actor {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param level the level the programme works at, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public ProgrammeOffice {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(level, "level");
    }

    @Override
    public ActorSector sector() {
        return ActorSector.PUBLIC;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.PROGRAMME_OFFICE;
    }
}
