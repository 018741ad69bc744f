package org.climatecity.core.actor;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * The number of residents of an area on a date, such as Borlänge's 53,069 on 31 December 2023.
 *
 * <p>Immutable and thread-safe.
 *
 * @param residents the number of residents, not negative
 * @param asOf the date of the count, not null
 * @param provenance where the count comes from, or null when not stated
 * @since 0.1.0
 */
public record Population(long residents, LocalDate asOf, @Nullable Provenance provenance) {

    /**
     * Creates a population count.
     *
     * @param residents the number of residents, not negative
     * @param asOf the date of the count, not null
     * @param provenance the source, or null
     * @throws ClimateCityException if residents is negative or the date is missing
     */
    public Population {
        if (residents < 0) {
            throw new ClimateCityException("population must not be negative, was " + residents);
        }
        Require.date(asOf, "population date");
    }

    /**
     * Obtains a population count.
     *
     * @param residents the number of residents, not negative
     * @param asOf the date of the count, not null
     * @return the count
     */
    public static Population of(long residents, LocalDate asOf) {
        return new Population(residents, asOf, null);
    }

    /**
     * Obtains a population count with its source.
     *
     * @param residents the number of residents, not negative
     * @param asOf the date of the count, not null
     * @param provenance where the count comes from, not null
     * @return the count
     */
    public static Population of(long residents, LocalDate asOf, Provenance provenance) {
        return new Population(residents, asOf, Require.nonNull(provenance, "population provenance"));
    }
}
