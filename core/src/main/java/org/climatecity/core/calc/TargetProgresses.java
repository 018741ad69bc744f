package org.climatecity.core.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.climatecity.core.ClimateCityException;
import org.climatecity.core.document.ProgrammeDocument;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.Milestone;

/**
 * Calculates how far a target has come in a year: the emissions it counts that year ({@link TargetEmissions}, which
 * respects its boundary and sectors and sums a joint target's owners), its baseline (its own value, or taken from
 * the inventories of its baseline year), its path ({@link TargetPaths#forTarget}) and the milestones met or missed.
 * Every figure names its inputs, see {@link TargetProgress}. The class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class TargetProgresses {

    private TargetProgresses() {
    }

    /**
     * Returns the progress of a target in a year.
     *
     * @param document the document whose inventories are counted, not null
     * @param target the target, not null
     * @param year the year checked, not before the baseline year
     * @return the progress
     * @throws ClimateCityException if the target has no baseline or the inventories give none, the year is before
     *     the baseline year, the inventories give no complete figure for the year, or the target has no path (a
     *     per-capita target, see {@link TargetPaths#forTarget(ClimateTarget)})
     */
    public static TargetProgress inYear(ProgrammeDocument document, ClimateTarget target, int year) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(target, "target");
        MatchedEmissions baseline = TargetEmissions.baseline(document, target).orElseThrow(
                () -> new ClimateCityException("target '" + target.id() + "' has no baseline value, and the"
                        + " inventories give none for its baseline year"));
        if (year < baseline.year()) {
            throw new ClimateCityException("progress of target '" + target.id() + "' is measured from its baseline"
                    + " year " + baseline.year() + ", was " + year);
        }
        MatchedEmissions observed = TargetEmissions.inYear(document, target, year).orElseThrow(
                () -> new ClimateCityException("no complete emissions of target '" + target.id() + "' in " + year
                        + " in the inventories of its boundary"));
        EmissionsProjection path = TargetPaths.forTarget(target.withBaselineValue(baseline.tonnesCo2e()));
        double targetLevel = path.valueIn(path.lastYear());
        double pathValue = path.covers(year) ? path.valueIn(year) : targetLevel;
        double span = baseline.tonnesCo2e() - targetLevel;
        double share = span == 0 ? Double.NaN : (baseline.tonnesCo2e() - observed.tonnesCo2e()) / span;
        List<MilestoneCheck> checks = new ArrayList<>();
        for (Milestone milestone : target.milestones()) {
            double level = baseline.tonnesCo2e() * milestone.reductionShare().complement().value();
            if (milestone.year() > year) {
                checks.add(new MilestoneCheck(milestone.year(), level, null, MilestoneStatus.PENDING));
                continue;
            }
            Optional<MatchedEmissions> then = TargetEmissions.inYear(document, target, milestone.year());
            MilestoneStatus status = then.map(m -> m.tonnesCo2e() <= level ? MilestoneStatus.MET
                    : MilestoneStatus.MISSED).orElse(MilestoneStatus.NO_DATA);
            checks.add(new MilestoneCheck(milestone.year(), level, then.orElse(null), status));
        }
        return new TargetProgress(target.id(), year, observed, baseline, pathValue, targetLevel, share, checks);
    }
}
