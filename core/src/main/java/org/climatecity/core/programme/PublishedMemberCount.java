package org.climatecity.core.programme;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A published count of a programme's members from a date, for when not all members are known by name — such as
 * Viable Cities' 48 cities from 1 December 2024.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the date from which the count holds, not null
 * @param count the number of members, not negative
 * @param provenance where the count was published, or null when not stated
 * @since 0.1.0
 */
public record PublishedMemberCount(LocalDate from, int count, @Nullable Provenance provenance) {

    /**
     * Creates a published count.
     *
     * @param from the date, not null
     * @param count the count, not negative
     * @param provenance the provenance, or null
     * @throws ClimateCityException if the date is missing or the count negative
     */
    public PublishedMemberCount {
        Require.date(from, "published count date");
        if (count < 0) {
            throw new ClimateCityException("published member count must not be negative, was " + count);
        }
    }
}
