package org.climatecity.core.programme;

import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * Funding or expert support that a programme gives a recipient, such as Viable Cities' support to Borlänge and
 * Avesta's pilots.
 *
 * <p>Immutable and thread-safe.
 *
 * @param recipient the actor supported, not null
 * @param kind the kind of support, not null
 * @param description what the support is for, not blank
 * @param amount the amount of funding, or null when not known or not funding
 * @param period when the support is given, or null when not known
 * @param funding the funding source of an initiative that records this money, or null; the source then gives the
 *     amount, so the support states none of its own
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null
 *     when not stated
 * @since 0.1.0
 */
public record Support(ActorId recipient, SupportKind kind, String description, @Nullable Money amount,
        @Nullable DateRange period, @Nullable LocalId funding, @Nullable Provenance provenance) {

    /**
     * Creates a support entry.
     *
     * @param recipient the actor supported, not null
     * @param kind the kind, not null
     * @param description what it is for, not blank
     * @param amount the amount, or null
     * @param period when, or null
     * @param funding the funding source, or null
     * @param provenance the provenance, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or blank
     */
    public Support {
        Require.nonNull(recipient, "support recipient");
        Require.nonNull(kind, "support kind");
        description = Require.text(description, "support description");
    }
}
