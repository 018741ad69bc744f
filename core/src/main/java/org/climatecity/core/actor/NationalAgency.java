package org.climatecity.core.actor;

import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountryCode;
import org.climatecity.core.internal.Require;

/**
 * A national government agency, such as Energimyndigheten (the Swedish Energy Agency).
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param country the country whose agency it is, not null
 * @since 0.1.0
 */
public record NationalAgency(ActorId id, String name, CountryCode country) implements Actor {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param country the country whose agency it is, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public NationalAgency {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(country, "country");
    }

    @Override
    public GovernanceLevel level() {
        return GovernanceLevel.NATIONAL;
    }

    @Override
    public ActorSector sector() {
        return ActorSector.PUBLIC;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.NATIONAL_AGENCY;
    }
}
