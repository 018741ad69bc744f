package org.climatecity.core.targets;

import org.climatecity.core.ClimateCityException;
import org.climatecity.core.common.Provenance;
import org.climatecity.core.common.Share;
import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * An interim milestone of a target: the cut from the baseline to reach by a year, such as 50 % by 2027.
 *
 * <p>Immutable and thread-safe. That milestones lie between the baseline and the target year, in order, is checked
 * when the whole {@link org.climatecity.core.document.ProgrammeDocument} is validated.
 *
 * @param year the year, 1900 to 2200
 * @param reductionShare the cut as a share of the baseline, not null
 * @param provenance where the fact comes from, or how it was chosen where it is assumed or illustrative; null
 *     when not stated
 * @since 0.1.0
 */
public record Milestone(int year, Share reductionShare, @Nullable Provenance provenance) {

    /**
     * Creates a milestone.
     *
     * @param year the year
     * @param reductionShare the cut, not null
     * @param provenance the provenance, or null
     * @throws ClimateCityException if a value is out of range
     */
    public Milestone {
        Require.year(year, "milestone year");
        Require.nonNull(reductionShare, "milestone reduction share");
    }
}
