package org.climatecity.core.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Place;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Require;

/**
 * What contains what, as far as the codes of the areas and the places of one document tell.
 *
 * <p>{@link Geography#contains(Geography)} knows only what the codes say: a NUTS region contains the regions whose
 * codes start with its own, a country its LAU areas. That a LAU lies in a NUTS region is not in the codes; a document
 * says it when a place names both (München: {@code lau:DE:09162000} and {@code nuts:DE212}) or when a place with the
 * LAU code is part of a place with the NUTS code ({@code partOf: "bayern"}, and Bayern has {@code nuts:DE2}). An area
 * lies within another when the codes say so, or when a place of the document that has the inner area, or a place it
 * is part of (following {@code partOf}), has an area that the outer area contains by its codes.
 *
 * <p>The rule {@code nested-scaling-stages} checks stages with it, so that a pilot in München scales to Bavaria and
 * Germany without Eurostat's correspondence tables. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocumentGeography {

    private final Map<Geography, List<Place>> placesByArea;
    private final Map<ActorId, Place> placesById;

    private DocumentGeography(List<Place> places) {
        Map<Geography, List<Place>> byArea = new HashMap<>();
        Map<ActorId, Place> byId = new HashMap<>();
        for (Place place : places) {
            byId.putIfAbsent(place.id(), place);
            for (Geography area : place.areas()) {
                byArea.computeIfAbsent(area, a -> new ArrayList<>()).add(place);
            }
        }
        this.placesByArea = byArea;
        this.placesById = byId;
    }

    /**
     * Obtains the geography of a document's places.
     *
     * @param document the document, not null
     * @return the geography
     */
    public static DocumentGeography of(ProgrammeDocument document) {
        Require.nonNull(document, "document");
        List<Place> places = new ArrayList<>();
        for (Actor actor : document.actors()) {
            if (actor instanceof Place place) {
                places.add(place);
            }
        }
        return new DocumentGeography(places);
    }

    /**
     * Checks if an area equals or contains another, by their codes or by the document's places.
     *
     * @param outer the outer area, not null
     * @param inner the inner area, not null
     * @return true if every place in {@code inner} lies in {@code outer}
     */
    public boolean contains(Geography outer, Geography inner) {
        Require.nonNull(outer, "outer area");
        Require.nonNull(inner, "inner area");
        if (outer.contains(inner)) {
            return true;
        }
        for (Place place : placesByArea.getOrDefault(inner, List.of())) {
            Set<ActorId> seen = new HashSet<>();
            for (Place p = place; p != null && seen.add(p.id());
                    p = p.partOf() == null ? null : placesById.get(p.partOf())) {
                for (Geography area : p.areas()) {
                    if (outer.contains(area)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
