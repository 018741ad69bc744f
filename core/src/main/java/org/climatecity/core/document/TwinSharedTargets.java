package org.climatecity.core.document;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.climatecity.core.actor.Actor;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.programme.Initiative;
import org.climatecity.core.programme.TwinPairing;
import org.climatecity.core.targets.ClimateTarget;
import org.jspecify.annotations.Nullable;

/**
 * Checks that the targets a twin pairing shares are owned by both cities: each of a
 * {@linkplain TwinPairing#sharedTargets() pairing's shared targets} names a target of the pairing's initiative whose
 * {@linkplain ClimateTarget#owners() owners} include the pilot city and the twin city (and may include others, such
 * as a region). A shared target that names no target of the initiative is left to {@link KnownLocalIds}, and a city
 * that names no actor of the document to {@link KnownActors}.
 *
 * <p>Reported at the shared target: at {@code initiatives[0].twinPairings[0].sharedTargets[0]},
 * {@code shared target 'carbon-neutral-helsinki-2030' must be owned by both twin cities, but 'munchen' does not own
 * it}, or, when neither city owns it, {@code ..., but neither 'helsinki' nor 'munchen' owns it}.
 *
 * <p>Code {@code twin-shared-targets}.
 */
final class TwinSharedTargets implements Rule {

    @Override
    public String code() {
        return "twin-shared-targets";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        Set<ActorId> actors = null;
        List<Initiative> initiatives = document.initiatives();
        for (int i = 0; i < initiatives.size(); i++) {
            List<TwinPairing> pairings = initiatives.get(i).twinPairings();
            if (pairings.stream().allMatch(pairing -> pairing.sharedTargets().isEmpty())) {
                continue;
            }
            if (actors == null) {
                actors = actorIds(document);
            }
            Map<LocalId, ClimateTarget> targets = targets(initiatives.get(i));
            for (int t = 0; t < pairings.size(); t++) {
                TwinPairing pairing = pairings.get(t);
                // a city that names no actor is reported by known-actors
                ActorId pilotCity = actors.contains(pairing.pilotCity()) ? pairing.pilotCity() : null;
                ActorId twinCity = actors.contains(pairing.twinCity()) ? pairing.twinCity() : null;
                List<LocalId> shared = pairing.sharedTargets();
                for (int s = 0; s < shared.size(); s++) {
                    ClimateTarget target = targets.get(shared.get(s));
                    if (target == null) {
                        continue; // reported by known-local-ids
                    }
                    String missing = missingOwners(target.owners(), pilotCity, twinCity);
                    if (missing != null) {
                        violations.add(PropertyPath.of("initiatives", i).element("twinPairings", t)
                                .element("sharedTargets", s), "shared target '" + target.id()
                                + "' must be owned by both twin cities, but " + missing);
                    }
                }
            }
        }
    }

    /** Returns the initiative's targets by id; where an id repeats (a violation of its own), the first wins. */
    private static Map<LocalId, ClimateTarget> targets(Initiative initiative) {
        Map<LocalId, ClimateTarget> targets = new HashMap<>();
        for (ClimateTarget target : initiative.targets()) {
            targets.putIfAbsent(target.id(), target);
        }
        return targets;
    }

    private static Set<ActorId> actorIds(ProgrammeDocument document) {
        Set<ActorId> ids = new HashSet<>();
        for (Actor actor : document.actors()) {
            ids.add(actor.id());
        }
        return ids;
    }

    /**
     * Returns which of the two cities do not own a target, for the message, or null when both do; a city that is
     * null (not an actor of the document) is not asked.
     */
    private static @Nullable String missingOwners(List<ActorId> owners, @Nullable ActorId pilotCity,
            @Nullable ActorId twinCity) {
        ActorId pilot = pilotCity == null || owners.contains(pilotCity) ? null : pilotCity;
        ActorId twin = twinCity == null || owners.contains(twinCity) || twinCity.equals(pilot) ? null : twinCity;
        if (pilot != null && twin != null) {
            return "neither '" + pilot + "' nor '" + twin + "' owns it";
        }
        ActorId missing = pilot != null ? pilot : twin;
        return missing == null ? null : "'" + missing + "' does not own it";
    }
}
