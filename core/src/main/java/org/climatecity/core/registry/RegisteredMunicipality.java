package org.climatecity.core.registry;

import org.climatecity.core.id.CountyCode;
import org.climatecity.core.id.MunicipalityCode;
import org.climatecity.core.internal.Require;

/**
 * A Swedish municipality as listed in the {@link SwedishRegions registry}: its code and name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the municipality code, not null
 * @param name the name, such as {@code Borlänge}, not blank
 * @since 0.1.0
 */
public record RegisteredMunicipality(MunicipalityCode code, String name) {

    /**
     * Creates an entry.
     *
     * @param code the code, not null
     * @param name the name, not blank
     */
    public RegisteredMunicipality {
        Require.nonNull(code, "municipality code");
        name = Require.text(name, "municipality name");
    }

    /**
     * Returns the county the municipality lies in.
     *
     * @return the county code, not null
     */
    public CountyCode county() {
        return code.county();
    }
}
