package org.climatecity.core.actor;

import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.OrganisationNumber;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A university or research institute, such as Högskolan Dalarna.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param level the level the institution works at, not null
 * @param organisationNumber the Swedish organisation number, or null when not Swedish or not known
 * @since 0.1.0
 */
public record AcademicInstitution(ActorId id, String name, GovernanceLevel level,
        @Nullable OrganisationNumber organisationNumber) implements Actor {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param level the level the institution works at, not null
     * @param organisationNumber the Swedish organisation number, or null when not Swedish or not known
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public AcademicInstitution {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(level, "level");
    }

    @Override
    public ActorSector sector() {
        return ActorSector.ACADEMIA;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.ACADEMIC_INSTITUTION;
    }
}
