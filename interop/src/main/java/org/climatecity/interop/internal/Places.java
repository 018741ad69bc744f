package org.climatecity.interop.internal;

import java.util.List;
import org.climatecity.core.actor.Municipality;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.Identifier;

/** Helpers for places: ids derived from identifiers, copies with other identifiers. */
public final class Places {

    private Places() {
    }

    /**
     * Returns the actor id the importers give a place named by a UN/LOCODE, such as {@code se-bos} for
     * {@code SE BOS}, so that the same city from two formats is one actor.
     *
     * @param locode the LOCODE, two letters, a space and three letters or digits
     * @return the id
     */
    public static ActorId idOfLocode(String locode) {
        return ActorId.of(Slug.of(locode));
    }

    /**
     * Returns a copy of a place with other identifiers.
     *
     * @param place the place
     * @param identifiers the identifiers
     * @return the copy
     */
    public static Place withIdentifiers(Place place, List<Identifier> identifiers) {
        if (place instanceof Municipality m) {
            return new Municipality(m.id(), m.name(), m.country(), identifiers, m.names(), m.partOf(),
                    m.population(), m.location(), m.areaKm2());
        }
        Territory t = (Territory) place;
        return new Territory(t.id(), t.name(), t.territoryKind(), t.country(), identifiers, t.names(), t.partOf(),
                t.population(), t.location(), t.areaKm2());
    }
}
