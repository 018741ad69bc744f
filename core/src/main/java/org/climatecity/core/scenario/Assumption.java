package org.climatecity.core.scenario;

import org.climatecity.core.common.Provenance;
import org.climatecity.core.internal.Require;

/**
 * An assumption a scenario rests on, such as the population growth, the growth of an activity or the emission factor
 * of the electricity grid, with where it comes from or that it is illustrative.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name what is assumed, such as {@code population growth}, not blank
 * @param value the assumed value in words, such as {@code 0.4 % a year}, not blank
 * @param provenance where the value comes from, or how it was chosen, not null
 * @since 0.1.0
 */
public record Assumption(String name, String value, Provenance provenance) {

    /**
     * Creates an assumption.
     *
     * @param name what is assumed, not blank
     * @param value the value in words, not blank
     * @param provenance the provenance, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or blank
     */
    public Assumption {
        name = Require.text(name, "assumption name");
        value = Require.text(value, "assumption value");
        Require.nonNull(provenance, "assumption provenance");
    }
}
