package org.climatecity.core.indicators;

import org.climatecity.core.common.Provenance;
import org.climatecity.core.internal.Require;
import org.climatecity.core.time.YearRange;
import org.jspecify.annotations.Nullable;

/**
 * A value of an indicator observed for a year or a period of years, such as 51.92 % of new cars electric
 * chargeable in Borlänge in 2022, with how settled it is and where it comes from.
 *
 * <p>Immutable and thread-safe.
 *
 * @param period the year or years the value refers to ({@code first == last} for one year), or null when the source
 *     does not say; such a value is kept but never placed in a year
 * @param value the value in the indicator's unit, finite
 * @param status how settled the value is, not null
 * @param provenance where the value comes from, or null: an observation without provenance is sourced as its
 *     indicator is ({@link Indicator#provenance()}), so a source states it once on the indicator and only an
 *     observation sourced otherwise carries its own
 * @param note a remark on the value, or null; not blank
 * @param disaggregation the district or group the value is for, or null for the whole city
 * @since 0.1.0
 */
public record Observation(@Nullable YearRange period, double value, ObservationStatus status,
        @Nullable Provenance provenance, @Nullable String note, @Nullable Disaggregation disaggregation) {

    /**
     * Creates an observation.
     *
     * @param period the year or years, or null
     * @param value the value, finite
     * @param status the status, not null
     * @param provenance the source, or null
     * @param note a remark, or null
     * @param disaggregation the district or group, or null
     * @throws org.climatecity.core.ClimateCityException if the value is not finite, the status missing or the note
     *     blank
     */
    public Observation {
        Require.finite(value, "observed value");
        Require.nonNull(status, "observation status");
        note = Require.optionalText(note, "observation note");
    }

    /**
     * Creates an observation of the whole city: the canonical form before disaggregation was added.
     *
     * @param period the year or years, or null
     * @param value the value, finite
     * @param status the status, not null
     * @param provenance the source, or null
     * @param note a remark, or null
     * @throws org.climatecity.core.ClimateCityException if the value is not finite, the status missing or the note
     *     blank
     */
    public Observation(@Nullable YearRange period, double value, ObservationStatus status,
            @Nullable Provenance provenance, @Nullable String note) {
        this(period, value, status, provenance, note, null);
    }

    /**
     * Returns a copy for a district or group.
     *
     * @param group the district or group, not null
     * @return the copy
     */
    public Observation withDisaggregation(Disaggregation group) {
        return new Observation(period, value, status, provenance, note, Require.nonNull(group, "disaggregation"));
    }

    /**
     * Obtains an observation of one year.
     *
     * @param year the year, 1900 to 2200
     * @param value the value, finite
     * @param status the status, not null
     * @param provenance the source, not null
     * @return the observation
     * @throws org.climatecity.core.ClimateCityException if a value is out of range
     */
    public static Observation of(int year, double value, ObservationStatus status, Provenance provenance) {
        Require.nonNull(provenance, "observation provenance");
        return new Observation(YearRange.of(year, year), value, status, provenance, null);
    }

    /**
     * Checks if the value is for exactly one year.
     *
     * @param year the year
     * @return true if the period is that year alone
     */
    public boolean isFor(int year) {
        return period != null && period.first() == year && period.last() == year;
    }
}
