package org.climatecity.core.document;

import java.util.List;
import org.climatecity.core.programme.TwinPairing;

/**
 * Checks that a twin pairing pairs two different cities: a city is never its own twin. That both are
 * municipalities is checked by {@link ReferencedActorKinds}.
 *
 * <p>Reported at the twin city: at {@code initiatives[0].twinPairings[0].twinCity},
 * {@code twin city must differ from the pilot city, both are 'borlange'}.
 *
 * <p>Code {@code distinct-twin-cities}.
 */
final class DistinctTwinCities implements Rule {

    @Override
    public String code() {
        return "distinct-twin-cities";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        for (int i = 0; i < document.initiatives().size(); i++) {
            List<TwinPairing> twins = document.initiatives().get(i).twinPairings();
            for (int t = 0; t < twins.size(); t++) {
                TwinPairing pairing = twins.get(t);
                if (pairing.pilotCity().equals(pairing.twinCity())) {
                    violations.add(PropertyPath.of("initiatives", i).element("twinPairings", t).property("twinCity"),
                            "twin city must differ from the pilot city, both are '" + pairing.twinCity() + "'");
                }
            }
        }
    }
}
