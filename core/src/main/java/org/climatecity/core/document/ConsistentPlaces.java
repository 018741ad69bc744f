package org.climatecity.core.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.actor.Place;
import org.climatecity.core.actor.Territory;
import org.climatecity.core.actor.TerritoryKind;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.Identifier;
import org.climatecity.core.internal.Texts;

/**
 * Checks that the places of the document form a consistent hierarchy: every {@code partOf} names a place (a
 * municipality or a territory), no place is (indirectly) part of itself, a place lies in the country of the place it
 * is part of (unless that is a group of countries), and no identifier names two places, so that a lookup by any
 * identifier finds one place.
 *
 * <p>Reported at {@code actors[i].partOf} or, for a repeated identifier, at the later
 * {@code actors[i].identifiers[j]}: at {@code actors[24].partOf}, {@code must name a place (a municipality or a
 * territory), but 'region-dalarna' (Region Dalarna) is a regional authority}.
 *
 * <p>Code {@code consistent-places}.
 */
final class ConsistentPlaces implements Rule {

    @Override
    public String code() {
        return "consistent-places";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        Map<ActorId, Actor> actors = ActorReferences.index(document.actors());
        Map<Identifier, ActorId> identified = new HashMap<>();
        List<Actor> list = document.actors();
        for (int a = 0; a < list.size(); a++) {
            if (!(list.get(a) instanceof Place place)) {
                continue;
            }
            PropertyPath path = PropertyPath.of("actors", a);
            List<Identifier> identifiers = place.identifiers();
            for (int i = 0; i < identifiers.size(); i++) {
                ActorId first = identified.putIfAbsent(identifiers.get(i), place.id());
                if (first != null && !first.equals(place.id())) {
                    violations.add(path.element("identifiers", i), "identifier '" + identifiers.get(i)
                            + "' must name one place, but it names both '" + first + "' and '" + place.id() + "'");
                }
            }
            ActorId partOf = place.partOf();
            if (partOf == null) {
                continue;
            }
            Actor parent = actors.get(partOf);
            if (parent == null) {
                continue; // reported by known-actors
            }
            if (!(parent instanceof Place enclosing)) {
                violations.add(path.property("partOf"), "must name a place (a municipality or a territory), but '"
                        + partOf + "' (" + Texts.abbreviate(parent.name()) + ") is a "
                        + parent.kind().typeName().replace('-', ' '));
            } else if (cycle(place, actors)) {
                violations.add(path.property("partOf"), "place '" + place.id() + "' must not be part of itself,"
                        + " but its partOf chain through '" + partOf + "' comes back to it");
            } else if (!inCountry(place, enclosing)) {
                violations.add(path.property("partOf"), "place '" + place.id() + "' lies in "
                        + place.country() + ", so it cannot be part of '" + partOf + "' in " + enclosing.country());
            }
        }
    }

    private static boolean inCountry(Place place, Place enclosing) {
        if (enclosing instanceof Territory t && t.territoryKind() == TerritoryKind.COUNTRY_GROUP) {
            return true;
        }
        return enclosing.country() != null && enclosing.country().equals(place.country());
    }

    private static boolean cycle(Place start, Map<ActorId, Actor> actors) {
        Set<ActorId> seen = new HashSet<>();
        seen.add(start.id());
        ActorId next = start.partOf();
        while (next != null) {
            if (!seen.add(next)) {
                return next.equals(start.id());
            }
            next = actors.get(next) instanceof Place place ? place.partOf() : null;
        }
        return false;
    }
}
