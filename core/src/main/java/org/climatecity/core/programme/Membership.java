package org.climatecity.core.programme;

import java.time.LocalDate;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Require;
import org.climatecity.core.time.DateRange;
import org.jspecify.annotations.Nullable;

/**
 * An actor's membership of a programme over a period, such as Borlänge in Viable Cities from 1 October 2021.
 *
 * <p>The period starts on the first date the membership is documented; where only the year of joining is known,
 * documents use 1 January of that year and say so. Working in a programme and signing its contract are two facts:
 * the first nine cities of Viable Cities worked in it from 2019 and signed the first Klimatkontrakt on
 * 11 December 2020, so their period starts in 2019 and {@code signed} is that day. Immutable and thread-safe.
 *
 * @param member the member, not null
 * @param period the period of membership, not null
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null
 *     when not stated
 * @param signed the day the member first signed the programme's contract, where the sources give it, or null
 * @since 0.1.0
 */
public record Membership(ActorId member, DateRange period, @Nullable Provenance provenance,
        @Nullable LocalDate signed) {

    /**
     * Creates a membership.
     *
     * @param member the member, not null
     * @param period the period, not null
     * @param provenance the provenance, or null
     * @param signed the day of first signing, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing
     */
    public Membership {
        Require.nonNull(member, "member");
        Require.nonNull(period, "membership period");
    }

    /**
     * Creates a membership without a day of signing.
     *
     * @param member the member, not null
     * @param period the period, not null
     * @param provenance the provenance, or null
     * @throws org.climatecity.core.ClimateCityException if a component is missing
     */
    public Membership(ActorId member, DateRange period, @Nullable Provenance provenance) {
        this(member, period, provenance, null);
    }

    /**
     * Obtains an open membership from a date.
     *
     * @param member the member, not null
     * @param since the first date of membership, not null
     * @return the membership
     */
    public static Membership since(ActorId member, LocalDate since) {
        return new Membership(member, DateRange.from(since), null);
    }

    /**
     * Checks if the membership holds on a date.
     *
     * @param date the date, not null
     * @return true if the period contains the date
     */
    public boolean activeOn(LocalDate date) {
        return period.contains(date);
    }
}
