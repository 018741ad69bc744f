package org.climatecity.core.calc;

import org.climatecity.core.internal.Require;
import org.jspecify.annotations.Nullable;

/**
 * A target's milestone as checked against the emissions of its year.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the milestone's year
 * @param level the emissions allowed that year, the baseline less the milestone's cut, tonnes CO2e
 * @param observed the emissions the target counts that year, or null when pending or without data
 * @param status met, missed, without data or pending, not null
 * @since 0.1.0
 */
public record MilestoneCheck(int year, double level, @Nullable MatchedEmissions observed, MilestoneStatus status) {

    /**
     * Creates the check.
     *
     * @param year the year
     * @param level the level, finite
     * @param observed the observed emissions, or null
     * @param status the status, not null
     * @throws org.climatecity.core.ClimateCityException if the level is not finite or the status missing
     */
    public MilestoneCheck {
        Require.finite(level, "milestone level");
        Require.nonNull(status, "milestone status");
    }
}
