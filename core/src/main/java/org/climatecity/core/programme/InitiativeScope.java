package org.climatecity.core.programme;

import java.time.LocalDate;
import org.climatecity.core.common.GovernanceLevel;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.geo.Geography;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * The scope of an initiative from a date on: the area it covers, such as Borlänge alone (local) until 2024-11-30 and
 * all of Dalarna (regional) from 2024-12-01.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first date of this scope, not null
 * @param geography the area covered, not null
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null
 *     when not stated
 * @since 0.1.0
 */
public record InitiativeScope(LocalDate from, Geography geography, @Nullable Provenance provenance) {

    /**
     * Creates a scope.
     *
     * @param from the first date, not null
     * @param geography the area, not null
     * @param provenance the provenance, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing
     */
    public InitiativeScope {
        Require.date(from, "scope date");
        Require.nonNull(geography, "scope geography");
    }

    /**
     * Returns the level of the scope, the level of its area.
     *
     * @return the level, not null
     */
    public GovernanceLevel level() {
        return geography.level();
    }
}
