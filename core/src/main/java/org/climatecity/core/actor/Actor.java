package org.climatecity.core.actor;

import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.id.ActorId;

/**
 * A party in a climate-neutrality programme: a municipality, a regional or national public body, a programme office,
 * a company, a civil-society organisation or an academic institution; or a territory to which figures belong (a
 * {@link Territory}). Municipalities and territories are {@link Place places}; all other actors are
 * {@link Organisation organisations}, of any country.
 *
 * <p>Every actor has a document-local {@link ActorId} by which other entities refer to it, a name, a governance
 * level and a sector. All implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface Actor permits Place, Organisation {

    /**
     * Returns the actor's id.
     *
     * @return the id, not null
     */
    ActorId id();

    /**
     * Returns the actor's name.
     *
     * @return the name, not blank
     */
    String name();

    /**
     * Returns the level of governance the actor works at.
     *
     * @return the level, not null
     */
    GovernanceLevel level();

    /**
     * Returns the sector of society the actor belongs to.
     *
     * @return the sector, not null
     */
    ActorSector sector();

    /**
     * Returns the kind of actor.
     *
     * @return the kind, not null
     */
    ActorKind kind();
}
