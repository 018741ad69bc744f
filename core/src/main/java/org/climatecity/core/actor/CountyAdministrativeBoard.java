package org.climatecity.core.actor;

import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.CountyCode;
import org.climatecity.core.internal.Require;

/**
 * A county administrative board ({@code länsstyrelse}), the state's regional authority, such as Länsstyrelsen Dalarna.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the actor's id, not null
 * @param name the name, not blank
 * @param county the county it serves, not null
 * @since 0.1.0
 */
public record CountyAdministrativeBoard(ActorId id, String name, CountyCode county) implements Actor {

    /**
     * Creates the actor, checking its components.
     *
     * @param id the actor's id, not null
     * @param name the name, not blank
     * @param county the county it serves, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or invalid
     */
    public CountyAdministrativeBoard {
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
        return ActorKind.COUNTY_ADMINISTRATIVE_BOARD;
    }
}
