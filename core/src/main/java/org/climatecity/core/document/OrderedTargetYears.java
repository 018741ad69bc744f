package org.climatecity.core.document;

import java.util.List;
import org.climatecity.core.targets.Baseline;
import org.climatecity.core.targets.ClimateTarget;
import org.climatecity.core.targets.Milestone;

/**
 * Checks the years of each climate target: the baseline year comes before the target year, and the milestones'
 * years increase strictly and lie strictly between the baseline year (when there is a baseline) and the target year.
 *
 * <p>Reported at {@code initiatives[i].targets[j].baseline.year} or at a milestone's year: at
 * {@code initiatives[0].targets[1].milestones[1].year},
 * {@code milestone year must be before the target year 2030, was 2035}.
 *
 * <p>Code {@code ordered-target-years}.
 */
final class OrderedTargetYears implements Rule {

    @Override
    public String code() {
        return "ordered-target-years";
    }

    @Override
    public void check(ProgrammeDocument document, Violations violations) {
        for (int i = 0; i < document.initiatives().size(); i++) {
            List<ClimateTarget> targets = document.initiatives().get(i).targets();
            for (int t = 0; t < targets.size(); t++) {
                check(targets.get(t), PropertyPath.of("initiatives", i).element("targets", t), violations);
            }
        }
    }

    private static void check(ClimateTarget target, PropertyPath path, Violations violations) {
        Baseline baseline = target.baseline();
        if (baseline != null && baseline.year() >= target.targetYear()) {
            violations.add(path.property("baseline").property("year"), "baseline year must be before the target year "
                    + target.targetYear() + ", was " + baseline.year());
        }
        List<Milestone> milestones = target.milestones();
        for (int m = 0; m < milestones.size(); m++) {
            int year = milestones.get(m).year();
            PropertyPath at = path.element("milestones", m).property("year");
            if (m > 0 && year <= milestones.get(m - 1).year()) {
                violations.add(at, "milestone years must increase strictly, " + year + " is not after "
                        + milestones.get(m - 1).year() + " of milestones[" + (m - 1) + "]");
            } else if (baseline != null && year <= baseline.year()) {
                violations.add(at, "milestone year must be after the baseline year " + baseline.year() + ", was "
                        + year);
            } else if (year >= target.targetYear()) {
                violations.add(at, "milestone year must be before the target year " + target.targetYear() + ", was "
                        + year);
            }
        }
    }
}
