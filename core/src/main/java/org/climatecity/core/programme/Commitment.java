package org.climatecity.core.programme;

import java.time.LocalDate;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.id.ActorId;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A stakeholder's pledge, such as a company's to cut its emissions by 50 % by 2030.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stakeholder the actor that pledges, not null
 * @param pledge the pledge in words, not blank
 * @param reductionShare the emission cut pledged, as a share, or null when the pledge is not a cut
 * @param baselineYear the year the cut is measured from, or null
 * @param byYear the year by which the pledge is to be met, 1900 to 2200
 * @param madeOn the date of the pledge, or null
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null
 *     when not stated
 * @since 0.1.0
 */
public record Commitment(ActorId stakeholder, String pledge, @Nullable Share reductionShare,
        @Nullable Integer baselineYear, int byYear, @Nullable LocalDate madeOn, @Nullable Provenance provenance) {

    /**
     * Creates a commitment.
     *
     * @param stakeholder the stakeholder, not null
     * @param pledge the pledge, not blank
     * @param reductionShare the cut, or null
     * @param baselineYear the baseline year, or null
     * @param byYear the year to meet the pledge by
     * @param madeOn the date of the pledge, or null
     * @param provenance the provenance, or null
     * @throws ClimateCityException if a component is missing or out of range
     */
    public Commitment {
        Require.nonNull(stakeholder, "stakeholder");
        pledge = Require.text(pledge, "pledge");
        if (baselineYear != null) {
            Require.year(baselineYear, "baseline year");
        }
        Require.year(byYear, "pledge year");
        Require.optionalDate(madeOn, "pledge date");
    }
}
