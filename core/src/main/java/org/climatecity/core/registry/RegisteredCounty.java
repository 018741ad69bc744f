package org.climatecity.core.registry;

import org.climatecity.core.id.CountyCode;
import org.climatecity.core.internal.Require;

/**
 * A Swedish county as listed in the {@link SwedishRegions registry}: its code and name.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the county code, not null
 * @param name the name, such as {@code Dalarnas län}, not blank
 * @since 0.1.0
 */
public record RegisteredCounty(CountyCode code, String name) {

    /**
     * Creates an entry.
     *
     * @param code the code, not null
     * @param name the name, not blank
     */
    public RegisteredCounty {
        Require.nonNull(code, "county code");
        name = Require.text(name, "county name");
    }
}
