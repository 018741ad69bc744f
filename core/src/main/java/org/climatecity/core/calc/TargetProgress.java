package org.climatecity.core.calc;

import java.util.List;
import org.climatecity.core.id.LocalId;
import org.climatecity.core.internal.Require;

/**
 * How far a target has come in a year, with the inputs the figures were computed from: the observed emissions and
 * baseline with the inventories they were taken from, the target path's value that year and the target level.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the target's id, not null
 * @param year the year checked
 * @param observed the emissions the target counts that year, with the inventories used, not null
 * @param baseline the baseline, the target's own or taken from the inventories, not null
 * @param pathValue the target path's value that year (the target level after the target year), tonnes CO2e
 * @param targetLevel the emissions the target allows in its target year, tonnes CO2e
 * @param shareAchieved the share of the way from the baseline to the target level achieved: 0 at the baseline, 1 at
 *     the target level, negative when emissions rose; NaN when the target level equals the baseline
 * @param milestones the target's milestones, checked, in the target's order, not null
 * @since 0.1.0
 */
public record TargetProgress(LocalId target, int year, MatchedEmissions observed, MatchedEmissions baseline,
        double pathValue, double targetLevel, double shareAchieved, List<MilestoneCheck> milestones) {

    /**
     * Creates the progress.
     *
     * @param target the target's id, not null
     * @param year the year
     * @param observed the observed emissions, not null
     * @param baseline the baseline, not null
     * @param pathValue the path's value, finite
     * @param targetLevel the target level, finite
     * @param shareAchieved the share achieved, finite or NaN
     * @param milestones the milestone checks, not null
     * @throws org.climatecity.core.ClimateCityException if a component is missing or a figure not finite
     */
    public TargetProgress {
        Require.nonNull(target, "target");
        Require.nonNull(observed, "observed emissions");
        Require.nonNull(baseline, "baseline");
        Require.finite(pathValue, "path value");
        Require.finite(targetLevel, "target level");
        Require.that(!Double.isInfinite(shareAchieved), "share achieved must not be infinite");
        milestones = Require.list(milestones, "milestones");
    }

    /**
     * Checks if the target is on track: the observed emissions are at or below the path's value that year.
     *
     * @return true when on track, false when off track
     */
    public boolean onTrack() {
        return observed.tonnesCo2e() <= pathValue;
    }

    /**
     * Returns how far the observed emissions lie above the path (negative: below it).
     *
     * @return observed minus path value, tonnes CO2e
     */
    public double deviationFromPath() {
        return observed.tonnesCo2e() - pathValue;
    }
}
