package org.climatecity.core.actor;

import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.internal.Require;

/**
 * A regional authority ({@code region}), the elected regional body of a county, such as Region Dalarna.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param county the county it governs, not null
 * @since 0.1.0
 */
public record RegionalAuthority(ActorId id, String name, CountyCode county) implements Actor {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param county the county it governs, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public RegionalAuthority {
        Require.nonNull(id, "actor id");
        name = Require.text(name, "actor name");
        Require.nonNull(county, "county");
    }

    @Override
    public GovernanceLevel level() {
        return GovernanceLevel.REGIONAL;
    }

    @Override
    public ActorSector sector() {
        return ActorSector.PUBLIC;
    }

    @Override
    public ActorKind kind() {
        return ActorKind.REGIONAL_AUTHORITY;
    }
}
