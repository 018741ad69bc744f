package org.climatecity.core.pilot;

import org.climatecity.core.common.Provenance;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * A jurisdiction a scaling stage applies a pilot to, with its own driver value and its source — such as the EU-27
 * as one aggregate jurisdiction with 449.2 million residents (Eurostat, 1 January 2024).
 *
 * <p>Stages list jurisdictions explicitly where reference data does not provide them. Immutable and thread-safe.
 *
 * @param id the jurisdiction's id, not null
 * @param name the name, not blank
 * @param geography the area, not null
 * @param driverValue the value of the pilot's driver in the jurisdiction, not negative
 * @param provenance where the driver value comes from, not null
 * @since 0.1.0
 */
public record Jurisdiction(LocalId id, String name, Geography geography, double driverValue, Provenance provenance) {

    /**
     * Creates a jurisdiction.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param geography the area, not null
     * @param driverValue the driver value, not negative
     * @param provenance the source, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or out of range
     */
    public Jurisdiction {
        Require.nonNull(id, "jurisdiction id");
        name = Require.text(name, "jurisdiction name");
        Require.nonNull(geography, "jurisdiction geography");
        Require.nonNegative(driverValue, "driver value");
        Require.nonNull(provenance, "provenance");
    }
}
