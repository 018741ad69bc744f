package org.climatecity.core.finance;

import org.climatecity.core.common.Money;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.time.YearRange;
import org.jspecify.annotations.Nullable;

/**
 * A source of money for an initiative's actions, recorded once: a Viable Cities grant, a municipal budget, a loan.
 * Programme support ({@link org.climatecity.core.programme.Support#funding()}), a partner's funder role
 * ({@link org.climatecity.core.programme.RoleAssignment#funding()}), the actions it funds
 * ({@link org.climatecity.core.action.Action#funding()}) and the allocations of an {@link InvestmentPlan} name it by
 * id, so that its amount is counted once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the source's id, not null
 * @param name the name, not blank
 * @param funder the actor that provides the money, or null when it is not an actor of the document
 * @param instrument the kind of money, not null
 * @param status how certain the money is, not null
 * @param amount the whole amount, or null when not known; allocations may not exceed it
 * @param period the years in which the money is available, or null when not stated
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null when
 *     not stated
 * @since 0.1.0
 */
public record FundingSource(LocalId id, String name, @Nullable ActorId funder, FundingInstrument instrument,
        FundingStatus status, @Nullable Money amount, @Nullable YearRange period, @Nullable Provenance provenance) {

    /**
     * Creates a funding source.
     *
     * @param id the id, not null
     * @param name the name, not blank
     * @param funder the funder, or null
     * @param instrument the instrument, not null
     * @param status the status, not null
     * @param amount the amount, or null
     * @param period the period, or null
     * @param provenance the provenance, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or blank
     */
    public FundingSource {
        Require.nonNull(id, "funding source id");
        name = Require.text(name, "funding source name");
        Require.nonNull(instrument, "funding instrument");
        Require.nonNull(status, "funding status");
    }
}
