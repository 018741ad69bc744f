package org.climatecity.core.targets;

import java.time.LocalDate;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.internal.Require;

/**
 * Progress toward a target as someone else reported it, such as a share of the reduction achieved by a date in a
 * public data set: kept as what it is, a claim with its source, beside the progress the library computes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param achieved the share of the way from baseline to target achieved, not null
 * @param asOf the date the figure refers to, not null
 * @param provenance who reported it, not null
 * @since 0.1.0
 */
public record ReportedProgress(Share achieved, LocalDate asOf, Provenance provenance) {

    /**
     * Creates reported progress.
     *
     * @param achieved the share achieved, not null
     * @param asOf the date, not null
     * @param provenance the source, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing
     */
    public ReportedProgress {
        Require.nonNull(achieved, "achieved share");
        Require.date(asOf, "progress date");
        Require.nonNull(provenance, "progress provenance");
    }
}
