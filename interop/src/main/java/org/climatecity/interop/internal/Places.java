package org.climatecity.interop.internal;

import org.climatecity.core.id.ActorId;

/** Helpers for places: ids derived from identifiers. */
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
}
