package org.climatecity.core.actor;

import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.OrganisationNumber;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A civil-society organisation: an association, a foundation, a cooperative or a network of residents.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param level the level the organisation works at, not null
 * @param organisationNumber the Swedish organisation number, or null when not Swedish or not known
 * @since 0.1.0
 */
public record CivilSocietyOrganisation(ActorId id, String name, GovernanceLevel level,
        @Nullable OrganisationNumber organisationNumber) implements Actor {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param level the level the organisation works at, not null
     * @param organisationNumber the Swedish organisation number, or null when not Swedish or not known
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public CivilSocietyOrganisation {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(level, "level");
    }

    @Override
    public ActorSector sector() {
        return ActorSector.CIVIL_SOCIETY;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.CIVIL_SOCIETY_ORGANISATION;
    }
}
