package org.climatecity.core.validation;

import java.util.List;
import org.climatecity.core.ProgrammeDocument;
import org.climatecity.core.programme.TwinPairing;

/**
 * Validates {@link DistinctTwinCities}. Created by the Jakarta Validation provider; not meant to be called
 * directly.
 *
 * @since 0.1.0
 */
public final class DistinctTwinCitiesValidator extends DocumentRule<DistinctTwinCities> {

    /** Creates the validator. */
    public DistinctTwinCitiesValidator() {
    }

    @Override
    void check(ProgrammeDocument document, Violations violations) {
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
